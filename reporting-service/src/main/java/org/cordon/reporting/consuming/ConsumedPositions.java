package org.cordon.reporting.consuming;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The next offset to read of each consumed partition, stored with the views.
 */
@Repository
class ConsumedPositions {

	private final DatabaseClient database;

	ConsumedPositions(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * @param topic the topic
	 * @param partitions its partitions of interest
	 * @return next offset by partition, for those that have one
	 */
	Mono<Map<Integer, Long>> read(String topic, Collection<Integer> partitions) {
		return this.database
			.sql("select partition, next_offset from consumed_positions where topic = $1 and partition = any($2)")
			.bind(0, topic)
			.bind(1, partitions.toArray(Integer[]::new))
			.map((row) -> Map.entry(row.get("partition", Integer.class), row.get("next_offset", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
	}

	/**
	 * Stores positions, never moving one backwards; call inside the transaction that
	 * applied the records before them.
	 * @param topic the topic
	 * @param positions next offset by partition
	 * @return completion
	 */
	Mono<Void> save(String topic, Map<Integer, Long> positions) {
		if (positions.isEmpty()) {
			return Mono.empty();
		}
		Integer[] partitions = positions.keySet().toArray(Integer[]::new);
		Long[] offsets = new Long[partitions.length];
		for (int i = 0; i < partitions.length; i++) {
			offsets[i] = positions.get(partitions[i]);
		}
		return this.database.sql("""
				insert into consumed_positions as p (topic, partition, next_offset)
				select $1, * from unnest($2::integer[], $3::bigint[])
				on conflict (topic, partition) do update
				set next_offset = greatest(p.next_offset, excluded.next_offset), updated_at = now()""")
			.bind(0, topic)
			.bind(1, partitions)
			.bind(2, offsets)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
