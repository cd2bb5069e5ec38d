package org.cordon.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.cordon.platform.kafka.Topics;

/**
 * Publishes rows with an idempotent producer ({@code acks=all}). Rows are sent in order,
 * so the producer keeps per-partition order; only the acknowledged prefix counts as
 * published, so a row after a failed one is sent again rather than overtaking it.
 */
class KafkaOutboxPublisher implements OutboxPublisher, AutoCloseable {

	private final Producer<String, byte[]> producer;

	private final Topics topics;

	KafkaOutboxPublisher(Producer<String, byte[]> producer, Topics topics) {
		this.producer = producer;
		this.topics = topics;
	}

	@Override
	public Mono<Integer> publish(List<OutboxRow> rows) {
		// creating topics and a send waiting for metadata block: keep them off the
		// database driver's threads
		return Mono.defer(() -> {
			this.topics.ensure(rows.stream().map(OutboxRow::topic).distinct().toList());
			List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>(rows.size());
			for (OutboxRow row : rows) {
				CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
				try {
					this.producer.send(row.toRecord(), (metadata, failure) -> {
						if (failure != null) {
							ack.completeExceptionally(failure);
						}
						else {
							ack.complete(metadata);
						}
					});
				}
				catch (RuntimeException ex) {
					ack.completeExceptionally(ex);
				}
				acks.add(ack);
				if (ack.isCompletedExceptionally()) {
					// refused before it was sent (no metadata yet, say): sending the rows
					// after
					// it would let them overtake it, and repeat them when the batch is
					// retried
					break;
				}
			}
			CompletableFuture<Void> all = CompletableFuture
				.allOf(acks.stream().map((ack) -> ack.handle((m, f) -> m)).toArray(CompletableFuture[]::new));
			return Mono.fromFuture(all).then(Mono.fromSupplier(() -> acknowledgedPrefix(acks)));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Closes the producer without waiting forever for a broker that is away: what it has
	 * not sent stays in the outbox.
	 */
	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

	private static int acknowledgedPrefix(List<CompletableFuture<RecordMetadata>> acks) {
		int prefix = 0;
		for (CompletableFuture<RecordMetadata> ack : acks) {
			if (ack.isCompletedExceptionally()) {
				break;
			}
			prefix++;
		}
		if (prefix < acks.size()) {
			Throwable failure = acks.get(prefix).handle((m, f) -> f).join();
			if (prefix == 0) {
				throw new OutboxPublishException(failure);
			}
		}
		return prefix;
	}

	static class OutboxPublishException extends RuntimeException {

		OutboxPublishException(Throwable cause) {
			super("The broker did not acknowledge: " + cause.getMessage(), cause);
		}

	}

}
