package org.cordon.reporting.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.CheckpointEventsProducer.Sent;
import org.cordon.platform.cloudevents.EventCodec;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;
import static org.cordon.reporting.CheckpointEventsProducer.headers;

/**
 * A record that cannot be applied goes to the dead-letter topic with where it was and
 * what went wrong, is counted, and the records around it are applied.
 */
class DeadLetterIT extends ConsumingIntegrationTest {

	static final Instant FEB_7 = Instant.parse("2020-02-06T16:00:00Z");

	static final String DLT = CheckpointEventsProducer.TOPIC + ".DLT";

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void poisonRecordsGoToTheDeadLetterTopicAndTheOthersAreApplied() {
		double deadLettersBefore = this.group.counter(ConsumingMetrics.DEAD_LETTERS);
		UUID checkpoint = this.events.register("临河区城市入口", "临河区");
		String key = checkpoint.toString();
		this.events.send(first(checkpoint, FEB_7, counts(30, 300)));
		RecordMetadata unknownType = this.events.sendRaw(key, headers("cordon.checkpoint.WeatherReported.v1", key),
				"{}".getBytes(StandardCharsets.UTF_8));
		RecordMetadata malformed = this.events.sendRaw(key, headers(CountsReported.TYPE, key),
				"{\"checkpointId\": ".getBytes(StandardCharsets.UTF_8));
		RecordMetadata withoutHeaders = this.events.sendRaw(key, CheckpointEventsProducer.noHeaders(),
				EventCodec.write(first(checkpoint, FEB_7.plusSeconds(7200), counts(1000, 1)))
					.getBytes(StandardCharsets.UTF_8));
		CountsReported correctionWithoutPrevious = new CountsReported(checkpoint, UUID.randomUUID(), FEB_7,
				FEB_7.plusSeconds(3600), 2, counts(2000, 1), null);
		RecordMetadata incomplete = this.events.sendRaw(key, headers(CountsReported.TYPE, key),
				EventCodec.write(correctionWithoutPrevious).getBytes(StandardCharsets.UTF_8));
		this.events.send(first(checkpoint, FEB_7.plusSeconds(3600), counts(12, 120)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.summary("from=2020-02-07&to=2020-02-07&checkpointId=" + checkpoint)
				.get("totals")
				.get("vehiclesInspected")
				.asLong() == 42);
		List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
			.until(() -> ours(key), (records) -> records.size() >= 4);

		assertThat(deadLetters).extracting((r) -> Long.parseLong(header(r, DeadLetters.ORIGINAL_OFFSET)))
			.containsExactly(unknownType.offset(), malformed.offset(), withoutHeaders.offset(), incomplete.offset());
		assertThat(deadLetters).allSatisfy((r) -> {
			assertThat(header(r, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(CheckpointEventsProducer.TOPIC);
			assertThat(header(r, DeadLetters.ORIGINAL_PARTITION)).isEqualTo(Integer.toString(unknownType.partition()));
			assertThat(header(r, DeadLetters.ERROR_CLASS)).isNotBlank();
			assertThat(r.key()).isEqualTo(key);
		});
		assertThat(header(deadLetters.get(0), DeadLetters.ERROR_MESSAGE)).contains("Unknown event type");
		assertThat(header(deadLetters.get(2), DeadLetters.ERROR_MESSAGE)).contains("ce_id");
		assertThat(header(deadLetters.get(3), DeadLetters.ERROR_MESSAGE)).contains("previousCounts");
		assertThat(TopicRecords.value(deadLetters.get(1))).isEqualTo("{\"checkpointId\": ");
		assertThat(this.group.counter(ConsumingMetrics.DEAD_LETTERS)).isGreaterThanOrEqualTo(deadLettersBefore + 4);
		assertThat(this.group.storedPositions().get(unknownType.partition()))
			.as("the position moved past the dead letters")
			.isGreaterThan(incomplete.offset());
	}

	@Test
	void aRecordTheDatabaseRefusesIsDeadLetteredAfterItsBatchAndItsOwnAttemptFailedAndTheRestIsApplied() {
		double deadLettersBefore = this.group.counter(ConsumingMetrics.DEAD_LETTERS);
		UUID checkpoint = this.events.register("临河区城市入口", "临河区");
		this.events.send(first(checkpoint, FEB_7, counts(5, 1)));
		// reads as JSON, but PostgreSQL stores no NUL character in text
		Sent refused = this.events
			.send(new CheckpointRegistered(checkpoint, "gate" + (char) 0 + "7", "临河区", CheckpointKind.CITY_ENTRANCE));
		this.events.send(first(checkpoint, FEB_7.plusSeconds(3600), counts(6, 1)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.summary("from=2020-02-07&to=2020-02-07&checkpointId=" + checkpoint)
				.get("totals")
				.get("vehiclesInspected")
				.asLong() == 11);
		List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
			.until(() -> ours(checkpoint.toString()), (records) -> !records.isEmpty());

		assertThat(deadLetters).singleElement()
			.satisfies((r) -> assertThat(header(r, DeadLetters.ORIGINAL_OFFSET))
				.isEqualTo(Long.toString(refused.offset())));
		assertThat(this.group.counter(ConsumingMetrics.DEAD_LETTERS)).isGreaterThanOrEqualTo(deadLettersBefore + 1);
		assertThat(this.api.summary("from=2020-02-07&to=2020-02-07&checkpointId=" + checkpoint)
			.get("byCheckpoint")
			.get(0)
			.get("name")
			.asString()).isEqualTo("临河区城市入口");
	}

	private List<ConsumerRecord<String, byte[]>> ours(String key) {
		return TopicRecords.readAll(this.bootstrap, DLT)
			.stream()
			.filter((r) -> key.equals(r.key()))
			.filter((r) -> this.group.groupId().equals(header(r, DeadLetters.CONSUMER_GROUP)))
			.toList();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return TopicRecords.header(record, name);
	}

}
