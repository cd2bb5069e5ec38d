package org.cordon.inspection;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.inspection.overdue.OverdueCheck;
import org.cordon.testsupport.CordonTestInfrastructure;
import org.cordon.testsupport.IdentityTokens;

/**
 * An instance of inspection-service that a test starts and stops itself, as a replica or
 * a restart would: its own Spring application on a random port, on a database and broker
 * of the test's choosing, with the clock the test gives it.
 */
public final class InspectionInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final Map<String, Object> infrastructure;

	private InspectionInstance(ConfigurableApplicationContext context, Map<String, Object> infrastructure) {
		this.context = context;
		this.infrastructure = Map.copyOf(infrastructure);
	}

	/**
	 * Starts an instance on a new, empty database of the JVM's PostgreSQL server.
	 * @param clock its clock
	 * @param properties further configuration
	 * @return the running instance
	 */
	public static InspectionInstance onANewDatabase(MovableClock clock, Map<String, Object> properties) {
		ConfigurableApplicationContext context = builder(clock, properties).initializers(new CordonTestInfrastructure())
			.run();
		return new InspectionInstance(context, infrastructureOf(context));
	}

	/**
	 * Starts an instance on the database and broker another instance uses.
	 * @param infrastructure what {@link #infrastructure()} of the other instance gave
	 * @param clock its clock
	 * @param properties further configuration
	 * @return the running instance
	 */
	public static InspectionInstance on(Map<String, Object> infrastructure, MovableClock clock,
			Map<String, Object> properties) {
		return new InspectionInstance(builder(clock, properties)
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sameInfrastructure", infrastructure)))
			.run(), infrastructure);
	}

	private static SpringApplicationBuilder builder(MovableClock clock, Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("cordon.identity.public-key", IdentityTokens.publicKeyPem());
		all.put("server.port", "0");
		all.put("logging.level.org.apache.kafka", "WARN");
		all.put("logging.level.kafka", "WARN");
		return new SpringApplicationBuilder(InspectionApplication.class).initializers((context) -> {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("instance", all));
			context.getBeanFactory().registerSingleton("clock", clock);
		});
	}

	/**
	 * The database and broker of a context started with {@link CordonTestInfrastructure},
	 * so that another instance can share them.
	 * @param context an instance's context, or a test's
	 * @return the connection properties
	 */
	public static Map<String, Object> infrastructureOf(ConfigurableApplicationContext context) {
		EnumerablePropertySource<?> source = (EnumerablePropertySource<?>) context.getEnvironment()
			.getPropertySources()
			.get(CordonTestInfrastructure.PROPERTY_SOURCE_NAME);
		Map<String, Object> properties = new HashMap<>();
		for (String name : source.getPropertyNames()) {
			properties.put(name, source.getProperty(name));
		}
		return properties;
	}

	/**
	 * @return the database and broker of this instance, to start another on them
	 */
	public Map<String, Object> infrastructure() {
		return this.infrastructure;
	}

	public InspectionApi api() {
		return new InspectionApi(
				Integer.parseInt(this.context.getEnvironment().getRequiredProperty("local.server.port")),
				this.context.getBean(DatabaseClient.class),
				this.context.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers"));
	}

	public OverdueCheck overdueCheck() {
		return this.context.getBean(OverdueCheck.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
