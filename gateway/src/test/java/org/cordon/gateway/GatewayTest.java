package org.cordon.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * The gateway on a random port with a database of its own on the JVM's real PostgreSQL,
 * the bootstrap admin key {@link GatewayApi#BOOTSTRAP_KEY}, no dev keys and no dev users;
 * one cached context for most of the integration tests. A lock after failed logins lasts
 * 5 s, so that a test sees it end, and the client address is not slowed down (every test
 * logs in from the same address; the throttle has its own unit test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cordon.gateway.bootstrap-admin-key=" + GatewayApi.BOOTSTRAP_KEY,
				"cordon.gateway.dev-keys=false", "cordon.gateway.dev-users=false",
				"cordon.gateway.login.lock-period=5s", "cordon.gateway.login.address-free-failures=100000",
				"logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, GatewayTestSetup.class })
public @interface GatewayTest {

}
