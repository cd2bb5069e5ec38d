package org.cordon.reporting.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.reporting.rebuild.domain.ViewTables;

/**
 * Where the live views stand in the log: their consumed positions, read by the live
 * schema's name, so that a transaction whose {@code search_path} is a build's reads the
 * live ones all the same.
 */
@Repository
class LivePositions {

	private static final String READ = "select topic, partition, next_offset from " + ViewTables.LIVE_SCHEMA
			+ ".consumed_positions where topic = any($1)";

	private final DatabaseClient database;

	LivePositions(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * @param topics the projected topics
	 * @return the next offset of every partition the live views consumed from
	 */
	Mono<Map<TopicPartition, Long>> read(List<String> topics) {
		return this.database.sql(READ)
			.bind(0, topics.toArray(String[]::new))
			.map((row) -> Map.entry(
					new TopicPartition(row.get("topic", String.class), row.get("partition", Integer.class)),
					row.get("next_offset", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
	}

}
