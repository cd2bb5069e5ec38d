package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

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
	 * Reads records into events on the caller's thread, so that a build can read the next
	 * records while the last ones are being applied.
	 * @param records records of the projected topics, each partition's in offset order
	 * @return the records read, by topic
	 */
	public ReadBatch read(List<ConsumerRecord<String, byte[]>> records) {
		Map<String, List<ConsumerRecord<String, byte[]>>> byTopic = new LinkedHashMap<>();
		records.forEach((record) -> byTopic.computeIfAbsent(record.topic(), (topic) -> new ArrayList<>()).add(record));
		List<TopicBatch> topics = new ArrayList<>();
		byTopic.forEach((topic, ofTopic) -> {
			Projection<?> projection = this.projections.of(topic);
			topics.add(new TopicBatch(projection,
					ofTopic.stream().map((record) -> RecordReading.read(record, projection)).toList()));
		});
		return new ReadBatch(List.copyOf(topics), records.size());
	}

	/**
	 * Applies one topic's records read, in a transaction of their own on a connection of
	 * their own: they write tables and positions of their own topic only, so that batches
	 * of different topics may be applied at once, as the live consumer's batches of two
	 * topics are.
	 * @param schema the shadow schema
	 * @param batch one topic's records read, each partition's in offset order
	 * @param claims the build's claims of event ids
	 * @param keys the keys the build wrote, for the projections' writes to find in the
	 * Reactor context ({@link CopyingIn#copyNewOrElse})
	 * @return how many records were consumed, once committed
	 */
	public Mono<Integer> apply(ShadowSchema schema, TopicBatch batch, ClaimedInMemory claims, KeysWritten keys) {
		return InTurn
			.apply(batch.records(),
					(records) -> this.applying.applyToShadow(schema, batch.projection(), records, claims))
			.thenReturn(batch.records().size())
			.contextWrite(Context.of(KeysWritten.class, keys));
	}

	/**
	 * Stores the event ids a build claimed in memory in its {@code applied_events}; call
	 * between batches, before the table gets its unique index. The build claims in the
	 * table from then on.
	 * @param schema the shadow schema
	 * @param claims the build's claims
	 * @return completion, once committed
	 */
	public Mono<Void> storeClaims(ShadowSchema schema, ClaimedInMemory claims) {
		return this.applying.storeClaims(schema, claims);
	}

	/**
	 * Applies the records inside the caller's transaction, each topic's under a savepoint
	 * of its own.
	 * @param schema the shadow schema
	 * @param records records of the projected topics, each partition's in offset order
	 * @return how many records were consumed
	 */
	public Mono<Integer> applyWithin(ShadowSchema schema, List<ConsumerRecord<String, byte[]>> records) {
		return applyByTopic(read(records), (projection, read) -> InTurn.apply(read,
				(batch) -> this.applying.applyToShadowWithin(schema, projection, batch)));
	}

	private Mono<Integer> applyByTopic(ReadBatch batch,
			BiFunction<Projection<?>, List<ReadRecord>, Mono<BatchOutcome>> applyingTopic) {
		// one after the other: the statements share the caller's connection
		return Flux.fromIterable(batch.topics())
			.concatMap((topic) -> applyingTopic.apply(topic.projection(), topic.records()))
			.then(Mono.just(batch.size()));
	}

	/**
	 * Records of the projected topics read into events, ready to apply.
	 */
	public static final class ReadBatch {

		private final List<TopicBatch> topics;

		private final int size;

		ReadBatch(List<TopicBatch> topics, int size) {
			this.topics = topics;
			this.size = size;
		}

		/**
		 * @return the records of each topic
		 */
		public List<TopicBatch> topics() {
			return this.topics;
		}

		/**
		 * @return how many records there are
		 */
		public int size() {
			return this.size;
		}

	}

	/**
	 * The records of one topic, read by its projection.
	 *
	 * @param projection the topic's projection
	 * @param records its records, each partition's in offset order
	 */
	public record TopicBatch(Projection<?> projection, List<ReadRecord> records) {

		/**
		 * @return the topic the records come from
		 */
		public String topic() {
			return this.projection.topic();
		}

	}

}
