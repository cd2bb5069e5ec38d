package org.cordon.platform.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics when they are missing. Retention is unlimited: the topics are the record
 * of what happened. Called before publishing, so a broker that was down at start-up still
 * gets its topics.
 */
public class Topics implements AutoCloseable {

	private final Map<String, Object> adminProperties;

	private final TopicsProperties properties;

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	private Admin admin;

	public Topics(Map<String, Object> adminProperties, TopicsProperties properties) {
		this.adminProperties = new HashMap<>(adminProperties);
		this.adminProperties.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		this.adminProperties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
		this.properties = properties;
	}

	public List<String> configured() {
		return this.properties.create();
	}

	/**
	 * Makes sure the topics exist.
	 * @param names topic names
	 * @throws IllegalStateException when the broker cannot be asked or refuses
	 */
	public void ensure(Collection<String> names) {
		List<NewTopic> missing = names.stream()
			.filter((name) -> !this.known.contains(name))
			.distinct()
			.map(this::newTopic)
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		Map<String, KafkaFuture<Void>> results = admin().createTopics(missing).values();
		for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
			try {
				result.getValue().get(20, TimeUnit.SECONDS);
				this.known.add(result.getKey());
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw new IllegalStateException("Cannot create topic " + result.getKey(), ex.getCause());
				}
				this.known.add(result.getKey());
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("Broker did not answer creating topic " + result.getKey(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted creating topic " + result.getKey(), ex);
			}
		}
	}

	private NewTopic newTopic(String name) {
		Map<String, String> config = new HashMap<>();
		config.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
		config.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
		if (this.properties.replicationFactor() >= 3) {
			config.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
		}
		return new NewTopic(name, this.properties.partitions(), this.properties.replicationFactor()).configs(config);
	}

	private synchronized Admin admin() {
		if (this.admin == null) {
			this.admin = Admin.create(this.adminProperties);
		}
		return this.admin;
	}

	@Override
	public synchronized void close() {
		if (this.admin != null) {
			this.admin.close();
		}
	}

}
