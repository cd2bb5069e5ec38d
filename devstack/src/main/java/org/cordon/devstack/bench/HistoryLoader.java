package org.cordon.devstack.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a generated history straight into the topics, as the services' outbox relays
 * would have published it: CloudEvents binary mode (the {@code ce_*} headers, the data as
 * the value), keyed by subject, the record timestamp the event's time, by an idempotent
 * producer with {@code acks=all}; only batched more generously, to load fast.
 */
final class HistoryLoader {

	static final String ACTOR = "key:bench-history (bench-history)";

	private HistoryLoader() {
	}

	/**
	 * @param bootstrap the broker
	 * @param events how many events
	 * @param span how far back the history starts; its events are evenly spread up to now
	 * @param seed the history's seed
	 * @return how long it took until the broker acknowledged the last
	 */
	static Duration load(String bootstrap, long events, Duration span, long seed) {
		Instant end = Instant.now().minusSeconds(60);
		Instant start = end.minus(span);
		long step = Math.max(1, span.toMillis() / Math.max(1, events));
		History history = new History(seed, start);
		AtomicReference<Exception> failure = new AtomicReference<>();
		long began = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 10,
						ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024, ProducerConfig.BUFFER_MEMORY_CONFIG,
						128L * 1024 * 1024, ProducerConfig.CLIENT_ID_CONFIG, "bench-history"),
				new StringSerializer(), new ByteArraySerializer())) {
			for (long i = 0; i < events && failure.get() == null; i++) {
				Instant time = start.plusMillis(i * step);
				HistoryEvent event = history.next(time);
				producer.send(record(event, time), (metadata, error) -> {
					if (error != null) {
						failure.compareAndSet(null, error);
					}
				});
				if ((i + 1) % 200_000 == 0) {
					System.out.printf("  loaded %,d events%n", i + 1);
				}
			}
			producer.flush();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("The broker refused the history", failure.get());
		}
		return Duration.ofNanos(System.nanoTime() - began);
	}

	static ProducerRecord<String, byte[]> record(HistoryEvent event, Instant time) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", UUID.randomUUID().toString());
		header(headers, "ce_source", event.source());
		header(headers, "ce_type", event.type());
		header(headers, "ce_subject", event.key());
		header(headers, "ce_time", time.toString());
		header(headers, "content-type", "application/json");
		header(headers, "ce_actor", ACTOR);
		return new ProducerRecord<>(event.topic(), null, time.toEpochMilli(), event.key(),
				event.data().getBytes(StandardCharsets.UTF_8), headers);
	}

	private static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
