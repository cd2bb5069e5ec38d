package org.cordon.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.database.UnpooledConnections;
import org.cordon.platform.testapp.PlatformIntegrationTest;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class OutboxIT {

	private static final String TOPIC = "checkpoint.events";

	private static final Provenance PROVENANCE = new Provenance("key:outbox-test (outbox test)",
			"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxPublisher publisher;

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	R2dbcProperties r2dbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void eventsOfACommittedChangeArePublishedInOrderWithCloudEventsHeadersThenDeleted() {
		UUID key = UUID.randomUUID();
		List<CheckpointRegistered> events = List.of(event(key, "first"), event(key, "second"), event(key, "third"));

		this.transactions.transactional(this.outbox.append(events, PROVENANCE)).block();

		List<ConsumerRecord<String, byte[]>> records = awaitRecords(key, 3);
		assertThat(records).extracting(TopicRecords::value)
			.containsExactly(json(events.get(0)), json(events.get(1)), json(events.get(2)));
		ConsumerRecord<String, byte[]> first = records.get(0);
		assertThat(TopicRecords.header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TopicRecords.header(first, CloudEventHeaders.TYPE))
			.isEqualTo("cordon.checkpoint.CheckpointRegistered.v1");
		assertThat(TopicRecords.header(first, CloudEventHeaders.SOURCE)).isEqualTo("/cordon/platform-test");
		assertThat(TopicRecords.header(first, CloudEventHeaders.SUBJECT)).isEqualTo(key.toString());
		assertThat(TopicRecords.header(first, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(TopicRecords.header(first, CloudEventHeaders.ACTOR)).isEqualTo(PROVENANCE.actor());
		assertThat(TopicRecords.header(first, CloudEventHeaders.TRACEPARENT)).isEqualTo(PROVENANCE.traceparent());
		assertThat(Instant.parse(TopicRecords.header(first, CloudEventHeaders.TIME)))
			.isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(records).extracting((r) -> TopicRecords.header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingRows() == 0);
	}

	@Test
	void theRecordsTimestampIsTheEventsTimeNotTheMomentOfSending() {
		UUID key = UUID.randomUUID();
		Instant occurred = Instant.parse("2020-02-04T03:40:00.123456Z");
		this.relay.stop();
		try {
			this.transactions.transactional(this.outbox.append(event(key, "timed"), PROVENANCE)).block();
			// as if the change had happened long ago and its row waited for the relay
			this.database.sql("update outbox set occurred_at = $1 where event_key = $2")
				.bind(0, occurred)
				.bind(1, key.toString())
				.fetch()
				.rowsUpdated()
				.block();
		}
		finally {
			this.relay.start();
		}

		ConsumerRecord<String, byte[]> record = awaitRecords(key, 1).get(0);
		assertThat(TopicRecords.header(record, CloudEventHeaders.TIME)).isEqualTo("2020-02-04T03:40:00.123456Z");
		assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
		assertThat(record.timestamp()).as("ce_time to the millisecond").isEqualTo(1580787600123L);
	}

	@Test
	void theRelayIsWokenAfterCommitLongBeforeItsHourlyPoll() {
		UUID key = UUID.randomUUID();

		this.transactions.transactional(this.outbox.append(event(key, "wake"), PROVENANCE)).block();

		// the test configuration polls once an hour: only the notification can be this
		// fast
		await().atMost(Duration.ofSeconds(10)).until(() -> records(key).size() == 1);
	}

	@Test
	void aRelayOfAnotherReplicaIsWokenByTheNotificationAfterCommit() {
		UUID key = UUID.randomUUID();
		this.relay.stop();
		await().atMost(Duration.ofSeconds(10)).until(() -> listeningSessions() == 0);
		OutboxRelay otherReplica = replica(this.publisher, UnpooledConnections.to(this.r2dbc));
		otherReplica.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> listeningSessions() == 1);

			this.transactions.transactional(this.outbox.append(event(key, "across replicas"), PROVENANCE)).block();

			// this instance's relay is stopped and the other polls hourly: only NOTIFY
			// wakes it
			await().atMost(Duration.ofSeconds(10)).until(() -> records(key).size() == 1);
		}
		finally {
			otherReplica.stop();
			this.relay.start();
		}
	}

	@Test
	void aRelayThatLeadsIsNotAnnouncedToOthers() {
		relayOnceSoThatItLeads();
		List<String> announced = new CopyOnWriteArrayList<>();
		PostgresqlConnection listener = listen(announced);
		try {
			UUID second = UUID.randomUUID();

			this.transactions.transactional(this.outbox.append(event(second, "led"), PROVENANCE)).block();

			awaitRecords(second, 1);
			await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(announced::isEmpty);
		}
		finally {
			Mono.from(listener.close()).block();
		}
	}

	@Test
	void aRelayWokenWhileAnotherHoldsTheLockTellsTheOthers() {
		relayOnceSoThatItLeads();
		List<String> announced = new CopyOnWriteArrayList<>();
		PostgresqlConnection listener = listen(announced);
		PostgresqlConnection otherReplica = (PostgresqlConnection) Mono
			.from(UnpooledConnections.to(this.r2dbc).create())
			.block();
		UUID key = UUID.randomUUID();
		try {
			Mono.from(otherReplica.createStatement("select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")").execute())
				.flatMap((result) -> Mono.from(result.getRowsUpdated()))
				.block();

			this.transactions.transactional(this.outbox.append(event(key, "while another relays"), PROVENANCE)).block();

			// this relay believed it led and sent nothing at commit; finding the lock
			// taken, it tells the replica holding it, which may have read before the
			// commit
			await().atMost(Duration.ofSeconds(10)).until(() -> announced.size() >= 1);
		}
		finally {
			Mono.from(otherReplica.close()).block();
			Mono.from(listener.close()).block();
		}
		this.relay.wake();
		awaitRecords(key, 1);
	}

	@Test
	void aRolledBackChangePublishesNothing() {
		UUID key = UUID.randomUUID();
		Mono<Void> failing = this.outbox.append(event(key, "rolled back"), PROVENANCE)
			.then(Mono.error(new IllegalStateException("the change failed")));

		assertThatThrownBy(() -> this.transactions.transactional(failing).block())
			.hasMessageContaining("the change failed");
		this.transactions.transactional(this.outbox.append(event(key, "marker"), PROVENANCE)).block();

		List<ConsumerRecord<String, byte[]>> records = awaitRecords(key, 1);
		assertThat(records).extracting(TopicRecords::value).containsExactly(json(event(key, "marker")));
	}

	@Test
	void aRelayKilledAfterSendingBeforeDeletingOnlyCausesARedeliveryWithTheSameCeIds() {
		UUID key = UUID.randomUUID();
		twoEventsWaitingWhileTheRelayIsStopped(key, () -> {
			OutboxPublisher sendsThenDies = (rows) -> this.publisher.publish(rows)
				.then(Mono.error(new IllegalStateException("relay killed before deleting")));
			OutboxRelay dying = replica(sendsThenDies, null);

			assertThatThrownBy(() -> dying.relayOnce().block()).hasMessageContaining("relay killed");
			assertThat(records(key)).hasSize(2);
			assertThat(waitingRows()).isEqualTo(2);
		});

		List<ConsumerRecord<String, byte[]>> records = awaitRecords(key, 4);
		List<String> ids = records.stream().map((r) -> TopicRecords.header(r, CloudEventHeaders.ID)).toList();
		assertThat(ids.subList(2, 4)).as("the redelivery repeats the ce_ids, in order").isEqualTo(ids.subList(0, 2));
		assertThat(records.stream().map(TopicRecords::value).distinct()).containsExactly(json(event(key, "one")),
				json(event(key, "two")));
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingRows() == 0);
	}

	@Test
	void aBatchTheBrokerAcknowledgedOnlyInPartStaysWholeInTheOutboxAndIsSentAgainInOrder() {
		UUID key = UUID.randomUUID();
		twoEventsWaitingWhileTheRelayIsStopped(key, () -> {
			OutboxPublisher acknowledgesTheFirst = (rows) -> this.publisher.publish(rows.subList(0, 1));
			OutboxRelay halfHeard = replica(acknowledgesTheFirst, null);

			assertThatThrownBy(() -> halfHeard.relayOnce().block()).isInstanceOf(OutboxRelay.PartlyPublished.class);
			assertThat(waitingRows()).isEqualTo(2);
		});

		List<ConsumerRecord<String, byte[]>> records = awaitRecords(key, 3);
		assertThat(records).extracting(TopicRecords::value)
			.containsExactly(json(event(key, "one")), json(event(key, "one")), json(event(key, "two")));
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingRows() == 0);
	}

	@Test
	void aRelayWithoutTheLockPublishesNothingWhileAnotherHoldsIt() {
		UUID key = UUID.randomUUID();
		this.relay.stop();
		PostgresqlConnection other = (PostgresqlConnection) Mono.from(UnpooledConnections.to(this.r2dbc).create())
			.block();
		try {
			Mono.from(other.createStatement("select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")").execute())
				.flatMap((result) -> Mono.from(result.getRowsUpdated()))
				.block();
			this.transactions.transactional(this.outbox.append(event(key, "waits"), PROVENANCE)).block();

			OutboxRelay.Batch batch = this.relay.relayOnce().block();

			assertThat(batch.published()).isZero();
			assertThat(waitingRows()).isEqualTo(1);
		}
		finally {
			Mono.from(other.close()).block();
			this.relay.start();
		}
		awaitRecords(key, 1);
	}

	/**
	 * Stops this instance's relay, files events "one" and "two" under the key, runs the
	 * step while they wait in the outbox, and starts the relay again, whatever happened.
	 */
	private void twoEventsWaitingWhileTheRelayIsStopped(UUID key, Runnable step) {
		this.relay.stop();
		try {
			this.transactions
				.transactional(this.outbox.append(List.of(event(key, "one"), event(key, "two")), PROVENANCE))
				.block();
			step.run();
		}
		finally {
			this.relay.start();
		}
	}

	/**
	 * Another replica's relay on the same database, polling hourly: it publishes when
	 * asked ({@link OutboxRelay#relayOnce()}), or once started when notified.
	 * @param publisher how it publishes
	 * @param notifications where it listens and announces, or null for neither
	 */
	private OutboxRelay replica(OutboxPublisher publisher, ConnectionFactory notifications) {
		return new OutboxRelay(this.database, this.transactions, publisher,
				new OutboxProperties(500, Duration.ofHours(1), Duration.ofSeconds(15)), new OutboxMetrics(null),
				notifications);
	}

	private List<ConsumerRecord<String, byte[]>> awaitRecords(UUID key, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> records(key).size() >= count);
		List<ConsumerRecord<String, byte[]>> records = records(key);
		assertThat(records).hasSize(count);
		return records;
	}

	private List<ConsumerRecord<String, byte[]>> records(UUID key) {
		return TopicRecords.readKey(this.bootstrap, TOPIC, key.toString());
	}

	private void relayOnceSoThatItLeads() {
		UUID key = UUID.randomUUID();
		this.transactions.transactional(this.outbox.append(event(key, "takes the lead"), PROVENANCE)).block();
		awaitRecords(key, 1);
	}

	private PostgresqlConnection listen(List<String> announced) {
		PostgresqlConnection listener = (PostgresqlConnection) Mono.from(UnpooledConnections.to(this.r2dbc).create())
			.block();
		Mono.from(listener.createStatement("LISTEN outbox").execute())
			.flatMap((result) -> Mono.from(result.getRowsUpdated()))
			.block();
		listener.getNotifications().subscribe((notification) -> announced.add(notification.getParameter()));
		return listener;
	}

	private long listeningSessions() {
		return this.database.sql("select count(*) as n from pg_stat_activity where query = 'LISTEN outbox'")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private long waitingRows() {
		return this.database.sql("select count(*) as n from outbox")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static CheckpointRegistered event(UUID key, String name) {
		return new CheckpointRegistered(key, name, "test", CheckpointKind.COMPOUND);
	}

	private static String json(CheckpointRegistered event) {
		return org.cordon.platform.cloudevents.EventCodec.write(event);
	}

}
