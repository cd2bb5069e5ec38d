package org.cordon.reporting.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.cordon.platform.kafka.Topics;

/**
 * Sends records the views cannot apply to {@code <topic>.DLT}: key, value and headers as
 * they were, plus where the record was and what went wrong, as text headers an operator
 * can read with any Kafka tool. Waits for the broker's acknowledgement, so that the
 * record's position is stored only once its dead letter is durable.
 */
class DeadLetters implements AutoCloseable {

	static final String SUFFIX = ".DLT";

	static final String ORIGINAL_TOPIC = "cordon_dlt_original_topic";

	static final String ORIGINAL_PARTITION = "cordon_dlt_original_partition";

	static final String ORIGINAL_OFFSET = "cordon_dlt_original_offset";

	static final String CONSUMER_GROUP = "cordon_dlt_consumer_group";

	static final String ERROR_CLASS = "cordon_dlt_error_class";

	static final String ERROR_MESSAGE = "cordon_dlt_error_message";

	static final String FAILED_AT = "cordon_dlt_failed_at";

	private static final Log logger = LogFactory.getLog(DeadLetters.class);

	private final Producer<String, byte[]> producer;

	private final Topics topics;

	private final String consumerGroup;

	private final Clock clock;

	DeadLetters(Producer<String, byte[]> producer, Topics topics, String consumerGroup, Clock clock) {
		this.producer = producer;
		this.topics = topics;
		this.consumerGroup = consumerGroup;
		this.clock = clock;
	}

	/**
	 * Sends the records and waits until the broker has them all.
	 * @param records records the views cannot apply
	 * @throws DeadLetterTopicUnavailable when the broker does not take them: the batch is
	 * retried, nothing is skipped
	 */
	void send(List<ReadRecord.Unreadable> records) {
		if (records.isEmpty()) {
			return;
		}
		try {
			this.topics.ensure(records.stream().map((r) -> r.record().topic() + SUFFIX).distinct().toList());
			List<Future<RecordMetadata>> acks = records.stream()
				.map((r) -> this.producer.send(deadLetter(r.record(), r.failure())))
				.toList();
			for (Future<RecordMetadata> ack : acks) {
				ack.get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new DeadLetterTopicUnavailable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeadLetterTopicUnavailable(ex);
		}
		records.forEach((r) -> logger.warn("Dead-lettered " + r.record().topic() + "-" + r.partition() + "@"
				+ r.offset() + ": " + r.failure().getMessage()));
	}

	private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, Exception failure) {
		Headers headers = new RecordHeaders();
		for (Header header : record.headers()) {
			headers.add(header);
		}
		put(headers, ORIGINAL_TOPIC, record.topic());
		put(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
		put(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
		put(headers, CONSUMER_GROUP, this.consumerGroup);
		put(headers, ERROR_CLASS, failure.getClass().getName());
		put(headers, ERROR_MESSAGE, Objects.toString(failure.getMessage(), failure.getClass().getSimpleName()));
		put(headers, FAILED_AT, this.clock.instant().toString());
		return new ProducerRecord<>(record.topic() + SUFFIX, null, record.key(), record.value(), headers);
	}

	private static void put(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producer.close(java.time.Duration.ofSeconds(5));
	}

	/**
	 * The dead-letter topic did not take a record; the batch is retried rather than the
	 * record skipped.
	 */
	static class DeadLetterTopicUnavailable extends RuntimeException {

		DeadLetterTopicUnavailable(Throwable cause) {
			super("Could not send to the dead-letter topic: " + cause.getMessage(), cause);
		}

	}

}
