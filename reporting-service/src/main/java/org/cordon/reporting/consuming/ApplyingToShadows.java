package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import org.cordon.reporting.consuming.domain.ShadowSchema;

/**
 * Applies records a build read from the log to a shadow schema's copies of the view
 * tables, exactly as the live consumer applies them to the live views: the same reading,
 * the same projections, the same positions and deduplication, the same refusal of a
 * record at fault. Only the schema differs, and a shadow streams nothing and sends no
 * dead letter.
 */
@Service
public class ApplyingToShadows {

	private final Projections projections;

	private final ApplyingRecords applying;

	ApplyingToShadows(Projections projections, ApplyingRecords applying) {
		this.projections = projections;
		this.applying = applying;
	}

	/**
	 * @return the topics the views are built from
	 */
	public List<String> topics() {
		return List.of(this.projections.topics());
	}

	/**
	 * Applies the records, one transaction per topic, and waits for the commits; call
	 * from a thread that may block.
	 * @param schema the shadow schema
	 * @param records records of the projected topics, each partition's in offset order
	 * @return how many records were consumed
	 */
	public int apply(ShadowSchema schema, List<ConsumerRecord<String, byte[]>> records) {
		Integer consumed = applyByTopic(records, (projection, read) -> InTurn.apply(read,
				(batch) -> this.applying.applyToShadow(schema, projection, batch)))
			.block();
		return (consumed != null) ? consumed : 0;
	}

	/**
	 * Applies the records inside the caller's transaction, each topic's under a savepoint
	 * of its own.
	 * @param schema the shadow schema
	 * @param records records of the projected topics, each partition's in offset order
	 * @return how many records were consumed
	 */
	public Mono<Integer> applyWithin(ShadowSchema schema, List<ConsumerRecord<String, byte[]>> records) {
		return applyByTopic(records, (projection, read) -> InTurn.apply(read,
				(batch) -> this.applying.applyToShadowWithin(schema, projection, batch)));
	}

	private Mono<Integer> applyByTopic(List<ConsumerRecord<String, byte[]>> records,
			BiFunction<Projection<?>, List<ReadRecord>, Mono<BatchOutcome>> applyingTopic) {
		Map<String, List<ConsumerRecord<String, byte[]>>> byTopic = new LinkedHashMap<>();
		records.forEach((record) -> byTopic.computeIfAbsent(record.topic(), (topic) -> new ArrayList<>()).add(record));
		return Flux.fromIterable(byTopic.entrySet()).concatMap((topic) -> {
			Projection<?> projection = this.projections.of(topic.getKey());
			List<ReadRecord> read = topic.getValue()
				.stream()
				.map((record) -> RecordReading.read(record, projection))
				.toList();
			return applyingTopic.apply(projection, read).thenReturn(read.size());
		}).reduce(0, Integer::sum);
	}

}
