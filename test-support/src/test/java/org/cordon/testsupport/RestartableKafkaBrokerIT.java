package org.cordon.testsupport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link RestartableKafkaBroker}: down means unreachable, and back means the
 * same address with the same data.
 */
class RestartableKafkaBrokerIT {

	private static final String TOPIC = "restartable";

	@Test
	void comesBackOnTheSamePortWithItsData() throws Exception {
		try (RestartableKafkaBroker broker = RestartableKafkaBroker.start()) {
			String bootstrapServers = broker.bootstrapServers();
			try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
				admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
			}
			try (KafkaProducer<String, String> producer = producer(bootstrapServers, Map.of())) {
				producer.send(new ProducerRecord<>(TOPIC, "key", "before")).get(30, TimeUnit.SECONDS);

				broker.stopBroker();
				assertThat(broker.isBrokerRunning()).isFalse();
				assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(bootstrapServers));
				KafkaProducer<String, String> impatient = producer(bootstrapServers,
						Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
								ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000));
				try {
					assertThatThrownBy(
							() -> impatient.send(new ProducerRecord<>(TOPIC, "key", "lost")).get(30, TimeUnit.SECONDS))
						.isInstanceOfAny(ExecutionException.class, TimeoutException.class, KafkaException.class);
				}
				finally {
					impatient.close(Duration.ZERO);
				}

				broker.startBroker();
				assertThat(broker.isBrokerRunning()).isTrue();
				assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
				producer.send(new ProducerRecord<>(TOPIC, "key", "after")).get(30, TimeUnit.SECONDS);
			}
			try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
				TopicPartition partition = new TopicPartition(TOPIC, 0);
				consumer.assign(List.of(partition));
				consumer.seekToBeginning(List.of(partition));
				List<String> values = new ArrayList<>();
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					consumer.poll(Duration.ofMillis(200)).forEach((record) -> values.add(record.value()));
					assertThat(values).containsExactly("before", "after");
				});
			}
		}
	}

	private static void connect(String bootstrapServers) throws IOException {
		String address = bootstrapServers.split(",")[0];
		int colon = address.lastIndexOf(':');
		try (Socket socket = new Socket(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)))) {
			assertThat(socket.isConnected()).isTrue();
		}
	}

	private static KafkaProducer<String, String> producer(String bootstrapServers, Map<String, Object> overrides) {
		Map<String, Object> config = new HashMap<>(overrides);
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

	private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
	}

}
