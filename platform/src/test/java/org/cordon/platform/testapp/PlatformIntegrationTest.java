package org.cordon.platform.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.testsupport.CordonTestIdentity;
import org.cordon.testsupport.CordonTestInfrastructure;

/**
 * The test application on a random port, with the JVM's real broker and a database of its
 * own; one cached context for every platform integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, CordonTestIdentity.class })
public @interface PlatformIntegrationTest {

}
