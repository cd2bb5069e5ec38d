package org.cordon.reporting.audit;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.utils.Utils;

/**
 * The partition a record key lands on, as the producers' default partitioner chooses it
 * for a keyed record: the murmur2 hash of the key's bytes (UTF-8, as the
 * {@code StringSerializer} writes them), made positive, modulo the partition count. An
 * aggregate's events are therefore all in one partition of its topic, as long as the
 * topic keeps the partition count it was written with.
 */
final class KeyPartitions {

	private KeyPartitions() {
	}

	/**
	 * @param key a record key (an event's subject)
	 * @param partitions the topic's partition count
	 * @return the partition holding that key's records
	 */
	static int of(String key, int partitions) {
		return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
	}

}
