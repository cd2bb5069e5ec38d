package org.cordon.inspection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * inspection-service on a random port with the JVM's real broker, a database of its own
 * and a {@link MovableClock}; the overdue check runs every 200 ms, so that a moved clock
 * is noticed quickly. One cached context for the service's integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cordon.inspection.overdue-check-interval=200ms", "logging.level.org.apache.kafka=WARN",
				"logging.level.kafka=WARN", "logging.level.state.change.logger=WARN" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class })
@Import(MovableClockConfiguration.class)
public @interface InspectionServiceTest {

}
