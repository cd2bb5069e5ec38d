package org.cordon.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot test context at the shared {@link TestInfrastructure}: the JVM's
 * Kafka cluster and a database of its own on the JVM's PostgreSQL server.
 * <p>
 * Use it with
 * {@code @ContextConfiguration(initializers = CordonTestInfrastructure.class)} next to
 * {@code @SpringBootTest}. Every context it initialises gets a new, empty database named
 * after {@code spring.application.name}, so that Flyway migrates from scratch and
 * contexts cached side by side by the test framework never see each other's rows. The
 * properties take precedence over every other source, so that a developer's local
 * configuration can never send a test to a real system.
 */
public class CordonTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Name of the property source this initializer adds. */
	public static final String PROPERTY_SOURCE_NAME = "cordonTestInfrastructure";

	@Override
	public void initialize(ConfigurableApplicationContext applicationContext) {
		ConfigurableEnvironment environment = applicationContext.getEnvironment();
		String prefix = environment.getProperty("spring.application.name", "cordon");
		Database database = TestInfrastructure.postgres().createDatabase(prefix);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
		properties.put("spring.r2dbc.url", database.r2dbcUrl());
		properties.put("spring.r2dbc.username", database.username());
		properties.put("spring.r2dbc.password", database.password());
		properties.put("spring.flyway.url", database.jdbcUrl());
		properties.put("spring.flyway.user", database.username());
		properties.put("spring.flyway.password", database.password());
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
	}

}
