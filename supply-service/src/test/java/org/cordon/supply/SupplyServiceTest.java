package org.cordon.supply;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * supply-service on a random port with the JVM's real broker and a database of its own;
 * one cached context for the service's integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class })
public @interface SupplyServiceTest {

}
