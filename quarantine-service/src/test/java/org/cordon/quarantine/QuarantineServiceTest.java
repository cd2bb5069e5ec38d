package org.cordon.quarantine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * quarantine-service on a random port with the JVM's real broker, a database of its own,
 * test keys for ID numbers and a clock tests can move; one cached context for the
 * service's integration tests. After each test class, every event on the topic is
 * searched for the personal data the tests posted.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN",
				"cordon.quarantine.id-number-key=hW2JynI4CmELKwwtBr38FoBmdtWTIiA1djlWMkW1oz8=",
				"cordon.quarantine.id-number-hash-key=HU50vJkr2whTpgKeYdyGcOaPaEyr3agXGmKYckEsNiw=" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class })
@Import(MovableClock.Configuration.class)
@ExtendWith(NoPersonalDataOnTheTopic.class)
public @interface QuarantineServiceTest {

}
