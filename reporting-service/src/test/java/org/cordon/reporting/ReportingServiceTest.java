package org.cordon.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * reporting-service on a random port with the JVM's real broker and a database of its
 * own; one cached context for the service's integration tests. Its consumer group is its
 * own too: every context in the JVM reads the whole shared topic into its own database.
 * The fallback poll is off, so the stream's changes can only arrive through NOTIFY.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.consumer.group-id=reporting-it-${random.uuid}", "cordon.stream.heartbeat=300ms",
				"cordon.stream.poll-interval=1h", "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class })
public @interface ReportingServiceTest {

}
