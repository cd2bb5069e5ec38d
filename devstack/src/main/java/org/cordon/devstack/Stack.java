package org.cordon.devstack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.cordon.testsupport.EmbeddedPostgres;

/**
 * The whole platform on one machine: PostgreSQL, Kafka, then every service in its own
 * process, started in order and stopped in reverse.
 */
public final class Stack implements AutoCloseable {

	// generous: on a shared machine under load a service can take minutes to start
	private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(6);

	private final Layout layout;

	private final Ports ports;

	private final EmbeddedPostgres postgres;

	private final ChildProcess kafka;

	private final List<ChildProcess> services;

	private Stack(Layout layout, Ports ports, EmbeddedPostgres postgres, ChildProcess kafka,
			List<ChildProcess> services) {
		this.layout = layout;
		this.ports = ports;
		this.postgres = postgres;
		this.kafka = kafka;
		this.services = services;
	}

	/**
	 * Starts everything and waits until every service is healthy.
	 * @param layout where state, logs and jars are
	 * @param ports the ports to use
	 * @param out where progress is printed
	 * @return the running stack; close it to stop everything
	 */
	public static Stack start(Layout layout, Ports ports, PrintStream out) {
		layout.createFolders();
		List<Service> services = Services.all(ports, IdentityKeys.loadOrCreate(layout.identity()),
				QuarantineKeys.loadOrCreate(layout.identity()));
		for (Service service : services) {
			if (!Files.exists(layout.serviceJar(service.module()))) {
				throw new IllegalStateException("Missing " + layout.serviceJar(service.module())
						+ ": build with ./mvnw -B -DskipTests install");
			}
		}
		out.println("Starting PostgreSQL on " + ports.postgres() + " (data in " + layout.postgresData() + ")");
		EmbeddedPostgres postgres = EmbeddedPostgres.start(layout.postgresData(), ports.postgres(), true);
		List<ChildProcess> started = new ArrayList<>();
		ChildProcess kafka = null;
		try {
			Databases.ensure(postgres, services.stream().map(Service::database).filter((d) -> d != null).toList());
			out.println("Starting Kafka (KRaft) on " + ports.kafka() + " (log in " + layout.kafkaData() + ")");
			kafka = KafkaBroker.start(layout, ports);
			for (Service service : services) {
				out.println("Starting " + service.module() + " on " + service.port());
				started.add(launch(service, layout, postgres, ports));
			}
			List<CompletableFuture<Void>> healthy = new ArrayList<>();
			for (int i = 0; i < services.size(); i++) {
				Service service = services.get(i);
				ChildProcess process = started.get(i);
				healthy.add(CompletableFuture.runAsync(() -> Health.await(service, process, HEALTHY_WITHIN, layout)));
			}
			CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new)).join();
			return new Stack(layout, ports, postgres, kafka, started);
		}
		catch (RuntimeException ex) {
			new Stack(layout, ports, postgres, kafka, started).close();
			throw ex;
		}
	}

	private static ChildProcess launch(Service service, Layout layout, EmbeddedPostgres postgres, Ports ports) {
		Map<String, Object> properties = service.springProperties(postgres.host(), postgres.port(),
				KafkaBroker.bootstrap(ports));
		return ChildProcess.start(service.module(),
				// a fixed heap: the collector sizes its young generation from all of it
				// at once instead of growing it under load (a rebuild collected four
				// times as long with the heap growing from its smallest). Netty's
				// sampling of buffers for leaks is a debugging aid: it cost
				// checkpoint-service 1.9 % of its CPU under single reports (ADR 24)
				List.of(ChildProcess.javaExecutable(), "-Xms" + service.heap(), "-Xmx" + service.heap(),
						"-Dio.netty.leakDetection.level=disabled", "-jar",
						layout.serviceJar(service.module()).toString()),
				Map.of("SPRING_APPLICATION_JSON", Json.object(properties)), layout.root(), layout);
	}

	public Ports ports() {
		return this.ports;
	}

	public Layout layout() {
		return this.layout;
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.ports.gateway();
	}

	/**
	 * Stops the services (gateway first), then Kafka, then PostgreSQL.
	 */
	@Override
	public void close() {
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).stop(Duration.ofSeconds(30));
		}
		if (this.kafka != null) {
			this.kafka.stop(Duration.ofSeconds(60));
		}
		this.postgres.stop();
	}

}
