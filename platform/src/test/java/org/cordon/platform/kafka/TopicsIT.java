package org.cordon.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import org.cordon.platform.testapp.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform creates the service's topics at start-up, shaped by configuration and kept
 * forever.
 */
@PlatformIntegrationTest
class TopicsIT {

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void theConfiguredTopicExistsWithSixPartitionsAndUnlimitedRetention() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> admin.listTopics().names().get().contains("checkpoint.events"));

			TopicDescription topic = admin.describeTopics(List.of("checkpoint.events"))
				.allTopicNames()
				.get()
				.get("checkpoint.events");
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "checkpoint.events");
			Config config = admin.describeConfigs(Set.of(resource)).all().get().get(resource);

			assertThat(topic.partitions()).hasSize(6);
			assertThat(config.get("retention.ms").value()).isEqualTo("-1");
			assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
		}
	}

}
