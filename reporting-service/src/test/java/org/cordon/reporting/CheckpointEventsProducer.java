package org.cordon.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.cordon.contracts.checkpoint.CheckpointEvent;
import org.cordon.contracts.checkpoint.CheckpointEvents;
import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;

/**
 * Publishes on {@code checkpoint.events} what checkpoint-service's outbox relay would:
 * CloudEvents headers and the event's data as JSON, keyed by checkpoint.
 */
public final class CheckpointEventsProducer implements AutoCloseable {

	public static final String TOPIC = CheckpointEvents.TOPIC;

	private final KafkaProducer<String, byte[]> producer;

	public CheckpointEventsProducer(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(),
				new ByteArraySerializer());
	}

	public Sent send(CheckpointEvent event) {
		return send(event, UUID.randomUUID());
	}

	/**
	 * Publishes an event with a given {@code ce_id}, as the outbox relay does when it
	 * sends an event again.
	 * @param event the event
	 * @param eventId its {@code ce_id}
	 * @return where it landed
	 */
	public Sent send(CheckpointEvent event, UUID eventId) {
		Headers headers = CloudEventHeaders.toHeaders(new CloudEventAttributes(eventId, "/cordon/checkpoint-service",
				event.type(), event.subject(), Instant.now(), "key:test (test)", null));
		RecordMetadata metadata = sendRaw(event.subject(), headers,
				EventCodec.write(event).getBytes(StandardCharsets.UTF_8));
		return new Sent(event, eventId, metadata.partition(), metadata.offset());
	}

	public RecordMetadata sendRaw(String key, Headers headers, byte[] value) {
		try {
			return this.producer.send(new ProducerRecord<>(TOPIC, null, key, value, headers)).get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not take the record", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Headers headers(String type, String subject) {
		return CloudEventHeaders.toHeaders(new CloudEventAttributes(UUID.randomUUID(), "/cordon/checkpoint-service",
				type, subject, Instant.now(), null, null));
	}

	public static Headers noHeaders() {
		return new RecordHeaders();
	}

	/**
	 * Registers a new checkpoint and returns its id.
	 * @param name its name
	 * @param region its region
	 * @return the checkpoint id
	 */
	public UUID register(String name, String region) {
		UUID id = UUID.randomUUID();
		send(new CheckpointRegistered(id, name, region, CheckpointKind.HIGHWAY_EXIT));
		return id;
	}

	public static CountsReported first(UUID checkpoint, Instant start, Counts counts) {
		return new CountsReported(checkpoint, UUID.randomUUID(), start, start.plusSeconds(3600), 1, counts, null);
	}

	public static CountsReported correction(CountsReported previous, Counts counts) {
		return new CountsReported(previous.checkpointId(), UUID.randomUUID(), previous.periodStart(),
				previous.periodEnd(), previous.revision() + 1, counts, previous.counts());
	}

	/**
	 * Counts where only vehiclesInspected and personsChecked vary, the others fixed.
	 * @param vehicles vehiclesInspected
	 * @param persons personsChecked
	 * @return the counts
	 */
	public static Counts counts(int vehicles, int persons) {
		return new Counts(vehicles, 1, 1, persons, 1, 0, 1, 2, 0);
	}

	@Override
	public void close() {
		this.producer.close();
	}

	/**
	 * An event on the topic.
	 *
	 * @param event the event
	 * @param eventId its {@code ce_id}
	 * @param partition where it landed
	 * @param offset its offset
	 */
	public record Sent(CheckpointEvent event, UUID eventId, int partition, long offset) {

	}

}
