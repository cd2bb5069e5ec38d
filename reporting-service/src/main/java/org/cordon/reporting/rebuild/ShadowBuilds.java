package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.reporting.consuming.ApplyingToShadows;
import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.views.LiveTablesLock;

/**
 * Opens builds of the views: creates the schema with its empty tables and a consumer of
 * the log of its own, which reads committed records only, as the live consumer does.
 */
@Component
class ShadowBuilds {

	private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaProperties kafka;

	private final ShadowBuild.Parts parts;

	ShadowBuilds(KafkaProperties kafka, ApplyingToShadows applying, LivePositions live, ShadowTables tables,
			LiveTablesLock lock, TransactionalOperator transactions, ShadowBuildProperties properties) {
		this.kafka = kafka;
		this.parts = new ShadowBuild.Parts(applying, live, tables, lock, transactions, properties);
	}

	/**
	 * @param schema the schema to build into; it must not exist
	 * @return the build, its schema created and its tables empty
	 */
	ShadowBuild open(ShadowSchema schema) {
		this.parts.tables().create(schema).block();
		try {
			return new ShadowBuild(schema,
					new ShadowReader(consumer(), this.parts.applying().topics(), METADATA_TIMEOUT), this.parts);
		}
		catch (RuntimeException failure) {
			this.parts.tables().drop(schema).block();
			throw failure;
		}
	}

	private KafkaConsumer<String, byte[]> consumer() {
		Map<String, Object> config = this.kafka.buildConsumerProperties();
		// assigned partitions, positions of its own: no group, nothing committed
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, this.parts.properties().maxPollRecords());
		return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
	}

}
