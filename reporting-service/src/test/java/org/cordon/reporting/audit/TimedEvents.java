package org.cordon.reporting.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;

/**
 * Publishes events as the outbox relays do, at times the test chooses: {@code ce_time}
 * and the record timestamp are the given instant, so that time bounds can be tested to
 * the microsecond, in a stretch of the past no other test writes to.
 */
final class TimedEvents implements AutoCloseable {

	static final String ACTOR = "key:audit-test (audit test)";

	private final KafkaProducer<String, byte[]> producer;

	TimedEvents(String bootstrapServers) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
						ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
				new StringSerializer(), new ByteArraySerializer());
	}

	/**
	 * @param event an event
	 * @param time its {@code ce_time}
	 * @return where it landed, once the broker has it
	 */
	Sent send(DomainEvent event, Instant time) {
		return sendAll(List.of(new Timed(event, time))).get(0);
	}

	/**
	 * Publishes events in the order given (the order of each partition), without waiting
	 * for each, then waits for all.
	 * @param events the events and their times
	 * @return where each landed, in the same order
	 */
	List<Sent> sendAll(List<Timed> events) {
		List<Future<RecordMetadata>> acks = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (Timed timed : events) {
			UUID id = UUID.randomUUID();
			String topic = EventCatalog.of(timed.event()).topic();
			String context = topic.substring(0, topic.indexOf('.'));
			ids.add(id);
			acks.add(this.producer.send(new ProducerRecord<>(topic, null, timed.time().toEpochMilli(),
					timed.event().subject(), EventCodec.write(timed.event()).getBytes(StandardCharsets.UTF_8),
					CloudEventHeaders.toHeaders(new CloudEventAttributes(id, "/cordon/" + context + "-service",
							timed.event().type(), timed.event().subject(), timed.time(), ACTOR, null)))));
		}
		this.producer.flush();
		List<Sent> sent = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			RecordMetadata metadata = acknowledged(acks.get(i));
			sent.add(new Sent(events.get(i).event(), ids.get(i), events.get(i).time(), metadata.topic(),
					metadata.partition(), metadata.offset()));
		}
		return sent;
	}

	private static RecordMetadata acknowledged(Future<RecordMetadata> ack) {
		try {
			return ack.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not take the record", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

	/**
	 * An event to publish at a time.
	 *
	 * @param event the event
	 * @param time its {@code ce_time}
	 */
	record Timed(DomainEvent event, Instant time) {

	}

	/**
	 * An event on its topic.
	 *
	 * @param event the event
	 * @param id its {@code ce_id}
	 * @param time its {@code ce_time}
	 * @param topic its topic
	 * @param partition its partition
	 * @param offset its offset
	 */
	record Sent(DomainEvent event, UUID id, Instant time, String topic, int partition, long offset) {

	}

}
