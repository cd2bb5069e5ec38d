package org.cordon.reporting.bulletin;

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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.EventCodec;

/**
 * Publishes any context's events as its outbox relay would, entered now or at a time the
 * test chooses ({@code ce_time}), under a new {@code ce_id} or a given one (the relay
 * sending an event again).
 */
final class DatedEvents implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	DatedEvents(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(),
				new ByteArraySerializer());
	}

	/**
	 * @param event an event entered now
	 * @return where it landed
	 */
	Sent send(DomainEvent event) {
		return send(event, Instant.now(), UUID.randomUUID());
	}

	/**
	 * @param event an event
	 * @param time its {@code ce_time}
	 * @return where it landed
	 */
	Sent send(DomainEvent event, Instant time) {
		return send(event, time, UUID.randomUUID());
	}

	/**
	 * @param event an event
	 * @param time its {@code ce_time}
	 * @param eventId its {@code ce_id}
	 * @return where it landed, once the broker has it
	 */
	Sent send(DomainEvent event, Instant time, UUID eventId) {
		String topic = EventCatalog.of(event).topic();
		String context = topic.substring(0, topic.indexOf('.'));
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.subject(),
				EventCodec.write(event).getBytes(StandardCharsets.UTF_8),
				CloudEventHeaders.toHeaders(new CloudEventAttributes(eventId, "/cordon/" + context + "-service",
						event.type(), event.subject(), time, "key:test (test)", null)));
		try {
			RecordMetadata metadata = this.producer.send(record).get(30, TimeUnit.SECONDS);
			return new Sent(event, eventId, time, metadata.topic(), metadata.partition(), metadata.offset());
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not take the record", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends an event again exactly as before: same {@code ce_id}, same {@code ce_time}.
	 * @param sent an event sent before
	 * @return where the copy landed
	 */
	Sent again(Sent sent) {
		return send(sent.event(), sent.time(), sent.eventId());
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
	 * @param time its {@code ce_time}
	 * @param topic its topic
	 * @param partition where it landed
	 * @param offset its offset
	 */
	record Sent(DomainEvent event, UUID eventId, Instant time, String topic, int partition, long offset) {

	}

}
