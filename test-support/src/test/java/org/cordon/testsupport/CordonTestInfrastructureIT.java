package org.cordon.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CordonTestInfrastructure} on whatever {@link TestInfrastructure} finds
 * (the embedded servers on a machine without Docker).
 */
class CordonTestInfrastructureIT {

	@Test
	void givesEveryContextItsOwnDatabaseAndTheSharedKafka() throws Exception {
		try (GenericApplicationContext first = initialised("checkpoint-service");
				GenericApplicationContext second = initialised("checkpoint-service")) {
			ConfigurableEnvironment environment = first.getEnvironment();
			assertThat(environment.getPropertySources().iterator().next().getName())
				.isEqualTo(CordonTestInfrastructure.PROPERTY_SOURCE_NAME);
			assertThat(environment.getProperty("spring.r2dbc.url"))
				.matches("r2dbc:postgresql://.+/checkpoint_service_[0-9a-f]{8}");
			assertThat(environment.getProperty("spring.r2dbc.url"))
				.isNotEqualTo(second.getEnvironment().getProperty("spring.r2dbc.url"));
			assertThat(environment.getProperty("spring.flyway.url")).startsWith("jdbc:postgresql://");
			try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
					environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))) {
				assertThat(connection.isValid(5)).isTrue();
			}
			String bootstrapServers = environment.getProperty("spring.kafka.bootstrap-servers");
			assertThat(bootstrapServers).isEqualTo(TestInfrastructure.kafka().bootstrapServers());
			try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
				assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
			}
		}
	}

	@Test
	void namesTheDatabaseCordonWithoutAnApplicationName() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new CordonTestInfrastructure().initialize(context);
			assertThat(context.getEnvironment().getProperty("spring.r2dbc.url")).matches(".+/cordon_[0-9a-f]{8}");
		}
	}

	private static GenericApplicationContext initialised(String applicationName) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("test", Map.of("spring.application.name", applicationName)));
		new CordonTestInfrastructure().initialize(context);
		return context;
	}

}
