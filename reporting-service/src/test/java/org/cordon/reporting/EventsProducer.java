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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;

/**
 * Publishes any context's events as its outbox relay would: on the event's topic, keyed
 * by its subject, with CloudEvents headers and the event's data as JSON.
 */
public final class EventsProducer implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	public EventsProducer(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(),
				new ByteArraySerializer());
	}

	/**
	 * @param event the event, under a new {@code ce_id}
	 * @return where it landed
	 */
	public Sent send(DomainEvent event) {
		return send(event, UUID.randomUUID());
	}

	/**
	 * Publishes an event with a given {@code ce_id}, as the outbox relay does when it
	 * sends an event again.
	 * @param event the event
	 * @param eventId its {@code ce_id}
	 * @return where it landed
	 */
	public Sent send(DomainEvent event, UUID eventId) {
		String topic = EventCatalog.of(event).topic();
		String context = topic.substring(0, topic.indexOf('.'));
		Headers headers = CloudEventHeaders
			.toHeaders(new CloudEventAttributes(eventId, "/cordon/" + context + "-service", event.type(),
					event.subject(), Instant.now(), "key:test (test)", null));
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.subject(),
				EventCodec.write(event).getBytes(StandardCharsets.UTF_8), headers);
		try {
			RecordMetadata metadata = this.producer.send(record).get(30, TimeUnit.SECONDS);
			return new Sent(event, eventId, metadata.partition(), metadata.offset());
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
	 * An event on its topic.
	 *
	 * @param event the event
	 * @param eventId its {@code ce_id}
	 * @param partition where it landed
	 * @param offset its offset
	 */
	public record Sent(DomainEvent event, UUID eventId, int partition, long offset) {

	}

}
