package org.cordon.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, shared by every test
 * (each test context gets its own database, see {@link CordonTestInfrastructure}).
 * <p>
 * Each is found on first use, at most once, in this order:
 * <ol>
 * <li>an existing server named by an environment variable: {@code CORDON_KAFKA_BOOTSTRAP}
 * (bootstrap servers) and {@code CORDON_POSTGRES_URL} (a JDBC URL of the server's
 * maintenance database with {@code user} and {@code password} parameters), so that CI can
 * provide services it already runs;</li>
 * <li>a Testcontainers container when a Docker engine answers;</li>
 * <li>otherwise in this JVM, or a child process of it: a KRaft broker from
 * spring-kafka-test and an {@link EmbeddedPostgres}, so that tests run on machines
 * without Docker too.</li>
 * </ol>
 * The two are decided independently. Every source behaves alike where the platform can
 * tell: topics are not created automatically (the platform must create its own) and new
 * topics get six partitions.
 */
public final class TestInfrastructure {

	private static final System.Logger logger = System.getLogger(TestInfrastructure.class.getName());

	private static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

	private static final String POSTGRES_IMAGE = "postgres:16-alpine";

	private static final int PARTITIONS = 6;

	private static final Object kafkaLock = new Object();

	private static final Object postgresLock = new Object();

	private static final Object dockerLock = new Object();

	private static volatile KafkaEndpoint kafka;

	private static volatile PostgresServer postgres;

	private static volatile Boolean docker;

	private TestInfrastructure() {
	}

	/**
	 * Return the Kafka cluster of this JVM, starting it on first use.
	 * @return the Kafka endpoint
	 */
	public static KafkaEndpoint kafka() {
		KafkaEndpoint result = kafka;
		if (result == null) {
			synchronized (kafkaLock) {
				result = kafka;
				if (result == null) {
					result = startKafka();
					kafka = result;
				}
			}
		}
		return result;
	}

	/**
	 * Return the PostgreSQL server of this JVM, starting it on first use.
	 * @return the PostgreSQL server
	 */
	public static PostgresServer postgres() {
		PostgresServer result = postgres;
		if (result == null) {
			synchronized (postgresLock) {
				result = postgres;
				if (result == null) {
					result = startPostgres();
					postgres = result;
				}
			}
		}
		return result;
	}

	private static KafkaEndpoint startKafka() {
		String bootstrap = System.getenv("CORDON_KAFKA_BOOTSTRAP");
		if (bootstrap != null && !bootstrap.isBlank()) {
			return chosen("Kafka", "CORDON_KAFKA_BOOTSTRAP", bootstrap.trim(), () -> bootstrap.trim());
		}
		if (isDockerAvailable()) {
			KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
				.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
				.withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(PARTITIONS))
				.withEnv("KAFKA_LOG_MESSAGE_TIMESTAMP_AFTER_MAX_MS", Long.toString(Long.MAX_VALUE));
			container.start();
			String servers = container.getBootstrapServers();
			return chosen("Kafka", "Testcontainers " + KAFKA_IMAGE, servers, () -> servers);
		}
		EmbeddedKafkaKraftBroker broker = SingleBrokerKafka.create("shared", PARTITIONS,
				Map.of("auto.create.topics.enable", "false", "num.partitions", Integer.toString(PARTITIONS)));
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "cordon-test-kafka-shutdown"));
		String servers = broker.getBrokersAsString();
		return chosen("Kafka", "embedded KRaft broker", servers, () -> servers);
	}

	private static PostgresServer startPostgres() {
		String url = System.getenv("CORDON_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			ExternalPostgres server = ExternalPostgres.fromJdbcUrl(url.trim());
			return chosen("PostgreSQL", "CORDON_POSTGRES_URL", server.host() + ":" + server.port(), server);
		}
		if (isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE).withCommand("postgres", "-c",
					"max_connections=300", "-c", "fsync=off", "-c", "full_page_writes=off");
			container.start();
			ExternalPostgres server = new ExternalPostgres(container.getHost(),
					container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getUsername(),
					container.getPassword(), "postgres");
			return chosen("PostgreSQL", "Testcontainers " + POSTGRES_IMAGE, server.host() + ":" + server.port(),
					server);
		}
		Path directory;
		try {
			directory = Files.createTempDirectory("cordon-test-postgres-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		EmbeddedPostgres server = EmbeddedPostgres.start(directory.resolve("data"), 0, false);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			FileSystemUtils.deleteRecursively(directory.toFile());
		}, "cordon-test-postgres-cleanup"));
		return chosen("PostgreSQL", "embedded PostgreSQL", server.host() + ":" + server.port(), server);
	}

	private static <T> T chosen(String what, String source, String address, T endpoint) {
		logger.log(System.Logger.Level.INFO, "Cordon tests use {0} from {1} at {2}", what, source, address);
		return endpoint;
	}

	/**
	 * Whether a Docker engine answers. Asking Testcontainers costs seconds of probing and
	 * error logging when there is no engine at all, so it is only asked when something
	 * suggests an engine: {@code DOCKER_HOST}, a Testcontainers configuration file or a
	 * well-known socket.
	 */
	private static boolean isDockerAvailable() {
		Boolean result = docker;
		if (result == null) {
			synchronized (dockerLock) {
				result = docker;
				if (result == null) {
					result = dockerHinted() && askTestcontainers();
					docker = result;
				}
			}
		}
		return result;
	}

	private static boolean dockerHinted() {
		if (System.getenv("DOCKER_HOST") != null) {
			return true;
		}
		String runtimeDirectory = System.getenv("XDG_RUNTIME_DIR");
		if (runtimeDirectory != null && Files.exists(Paths.get(runtimeDirectory, "docker.sock"))) {
			return true;
		}
		Path home = Paths.get(System.getProperty("user.home"));
		return Files.exists(home.resolve(".testcontainers.properties"))
				|| Files.exists(Paths.get("/var/run/docker.sock"))
				|| Files.exists(home.resolve(".docker").resolve("run").resolve("docker.sock"))
				|| Files.exists(home.resolve(".docker").resolve("desktop").resolve("docker.sock"))
				|| Files.exists(home.resolve(".colima").resolve("default").resolve("docker.sock"))
				|| Files.exists(home.resolve(".rd").resolve("docker.sock"));
	}

	private static boolean askTestcontainers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
