package org.cordon.reporting.consuming;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cordon.reporting.CheckpointEventsProducer.Sent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * Exactly once in effect: the same records delivered again, by the broker or by the
 * outbox relay publishing an event twice, and a consumer stopped in the middle of the
 * stream, leave the views exactly as one delivery would.
 */
class ExactlyOnceIT extends ConsumingIntegrationTest {

	static final Instant FEB_6 = Instant.parse("2020-02-05T16:00:00Z");

	UUID checkpoint;

	@BeforeEach
	void registerACheckpoint() {
		this.checkpoint = this.events.register("京藏高速临河出口", "临河区");
	}

	@AfterEach
	void disconnect() {
		if (!this.group.container().isRunning()) {
			this.group.container().start();
		}
		this.events.close();
	}

	@Test
	void eventsPublishedAgainWithTheSameCeIdsChangeNothing() {
		List<Sent> sent = sendReports(0, 20);
		awaitVehicles(sum(0, 20));
		double duplicatesBefore = this.group.counter(ConsumingMetrics.DUPLICATES);

		sent.forEach((s) -> this.events.send(s.event(), s.eventId()));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.group.counter(ConsumingMetrics.DUPLICATES) >= duplicatesBefore + sent.size());
		assertThat(vehicles()).isEqualTo(sum(0, 20));
	}

	@Test
	void aConsumerStoppedMidStreamResumesFromItsStoredPositionsAndEndsWithExactTotals() {
		sendReports(0, 100);
		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() > 0);
		this.group.container().stop();
		sendReports(100, 200);
		// Kafka forgets what the group consumed: only the positions in the database
		// remain
		this.group.rewindCommittedOffsets();
		double alreadyConsumedBefore = this.group.counter(ConsumingMetrics.ALREADY_CONSUMED);

		this.group.container().start();

		awaitVehicles(sum(0, 200));
		this.group.awaitCaughtUp();
		assertThat(vehicles()).isEqualTo(sum(0, 200));
		assertThat(this.group.counter(ConsumingMetrics.ALREADY_CONSUMED))
			.as("the consumer sought to the stored positions, so nothing consumed came again")
			.isEqualTo(alreadyConsumedBefore);
	}

	@Test
	void recordsReplayedFromTheStartOfThePartitionChangeNothing() {
		List<Sent> sent = sendReports(0, 10);
		awaitVehicles(sum(0, 10));
		this.group.awaitCaughtUp();
		this.group.container().stop();
		int partition = sent.get(0).partition();
		double duplicatesBefore = this.group.counter(ConsumingMetrics.DUPLICATES);
		this.database.sql("update consumed_positions set next_offset = 0 where topic = $1 and partition = $2")
			.bind(0, ConsumerGroup.TOPIC)
			.bind(1, partition)
			.fetch()
			.rowsUpdated()
			.block();

		this.group.container().start();

		this.group.awaitCaughtUp();
		assertThat(this.group.counter(ConsumingMetrics.DUPLICATES)).as("the partition was read again")
			.isGreaterThanOrEqualTo(duplicatesBefore + sent.size() + 1);
		assertThat(vehicles()).isEqualTo(sum(0, 10));
	}

	private List<Sent> sendReports(int from, int to) {
		List<Sent> sent = new ArrayList<>();
		for (int i = from; i < to; i++) {
			sent.add(this.events.send(first(this.checkpoint, FEB_6.plusSeconds(60L * i), counts(i, 1))));
		}
		return sent;
	}

	private static long sum(int from, int to) {
		long sum = 0;
		for (int i = from; i < to; i++) {
			sum += i;
		}
		return sum;
	}

	private void awaitVehicles(long expected) {
		await().atMost(Duration.ofSeconds(60)).until(this::vehicles, (vehicles) -> vehicles == expected);
	}

	private long vehicles() {
		return this.api.summary("from=2020-02-06&to=2020-02-06&checkpointId=" + this.checkpoint)
			.get("totals")
			.get("vehiclesInspected")
			.asLong();
	}

}
