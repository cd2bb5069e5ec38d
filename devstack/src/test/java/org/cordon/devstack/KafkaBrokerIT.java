package org.cordon.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's broker is a real Kafka process that keeps its log across a
 * restart.
 */
class KafkaBrokerIT {

	@TempDir
	Path state;

	@Test
	void aTopicCreatedBeforeARestartIsStillThereAfterIt() throws Exception {
		Layout layout = new Layout(this.state, this.state);
		layout.createFolders();
		Ports ports = new Ports(0, 0, 0, 0, 0, 0, freePort(), freePort(), 0);
		Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrap(ports));

		ChildProcess first = KafkaBroker.start(layout, ports);
		try (Admin client = Admin.create(admin)) {
			client.createTopics(List.of(new NewTopic("kept.events", 2, (short) 1))).all().get();
		}
		finally {
			first.stop(Duration.ofSeconds(60));
		}
		assertThat(first.isAlive()).isFalse();

		ChildProcess second = KafkaBroker.start(layout, ports);
		try (Admin client = Admin.create(admin)) {
			Set<String> topics = client.listTopics().names().get();
			assertThat(topics).contains("kept.events");
		}
		finally {
			second.stop(Duration.ofSeconds(60));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
