package org.cordon.reporting.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPartitionsTest {

	/**
	 * The producer's own choice for a keyed record, from its internals: if Kafka ever
	 * changed it, the audit stream would read the wrong partition for a subject.
	 */
	@Test
	void aKeyMapsToThePartitionTheDefaultPartitionerChooses() {
		List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "MASK-N95", "大白菜",
				"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "");
		for (String key : keys) {
			for (int partitions : List.of(1, 3, 6, 12)) {
				assertThat(KeyPartitions.of(key, partitions)).as(key + " of " + partitions)
					.isEqualTo(BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions));
			}
		}
	}

}
