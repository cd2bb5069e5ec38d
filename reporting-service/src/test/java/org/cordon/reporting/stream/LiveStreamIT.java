package org.cordon.reporting.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApi.Received;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

@ReportingServiceTest
class LiveStreamIT {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	DatabaseClient database;

	ReportingApi api;

	CheckpointEventsProducer events;

	UUID checkpoint;

	Instant today;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new CheckpointEventsProducer(this.bootstrap);
		this.checkpoint = this.events.register("临河东收费站", "临河区");
		this.today = LocalDate.now(SHANGHAI).atStartOfDay(SHANGHAI).toInstant();
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void aSubscriberGetsASnapshotFirstThenEachChangeWithinASecondWithIncreasingIds() {
		try (EventStream stream = this.api.stream("checkpoints", null)) {
			Received snapshot = await().atMost(Duration.ofSeconds(10))
				.until(() -> stream.events(), (events) -> !events.isEmpty())
				.get(0);
			assertThat(snapshot.event().event()).isEqualTo("snapshot");
			assertThat(snapshot.data().get("view").asString()).isEqualTo("checkpoints");
			assertThat(snapshot.data().get("from").asString()).isEqualTo(LocalDate.now(SHANGHAI).toString());
			assertThat(snapshot.data().has("totals")).isTrue();

			this.events.send(first(this.checkpoint, this.today, counts(25, 250)));
			long sentAt = System.nanoTime();
			Received change = awaitChange(stream, 1);
			this.events.send(first(this.checkpoint, this.today.plusSeconds(3600), counts(5, 50)));
			Received next = awaitChange(stream, 2);

			assertThat(Duration.ofNanos(change.nanos() - sentAt)).isLessThan(Duration.ofSeconds(1));
			JsonNode data = change.data();
			assertThat(data.get("view").asString()).isEqualTo("checkpoints");
			assertThat(data.get("date").asString()).isEqualTo(LocalDate.now(SHANGHAI).toString());
			assertThat(data.get("totals").get("vehiclesInspected").asLong()).isEqualTo(25);
			assertThat(next.data().get("totals").get("vehiclesInspected").asLong()).as("the day's totals after it")
				.isEqualTo(30);
			assertThat(change.id()).isGreaterThan(snapshot.id());
			assertThat(next.id()).isGreaterThan(change.id());
		}
	}

	@Test
	void aSubscriberThatReconnectsWithLastEventIdGetsExactlyTheChangesItMissed() {
		long seen;
		try (EventStream stream = followingFromASnapshot()) {
			this.events.send(first(this.checkpoint, this.today, counts(1, 1)));
			seen = awaitChange(stream, 1).id();
		}
		this.events.send(first(this.checkpoint, this.today.plusSeconds(3600), counts(2, 1)));
		this.events.send(first(this.checkpoint, this.today.plusSeconds(7200), counts(4, 1)));
		// the two reports may be applied in one batch, and so make one change or two
		await().atMost(Duration.ofSeconds(30)).until(() -> newestHeldTotal() == 7);

		try (EventStream resumed = this.api.stream("checkpoints", Long.toString(seen))) {
			await().atMost(Duration.ofSeconds(10)).until(() -> totals(resumed).contains(7L));
			this.events.send(first(this.checkpoint, this.today.plusSeconds(10800), counts(8, 1)));
			await().atMost(Duration.ofSeconds(10)).until(() -> totals(resumed).contains(15L));

			List<Received> events = resumed.events();
			assertThat(events).extracting((r) -> r.event().event()).doesNotContain("snapshot");
			assertThat(events).extracting(Received::id).isSorted().doesNotHaveDuplicates().allMatch((id) -> id > seen);
			assertThat(totals(resumed)).as("what was missed, then what came after, and nothing seen before")
				.isIn(List.of(3L, 7L, 15L), List.of(7L, 15L));
		}
	}

	@Test
	void aSubscriberWhoseLastEventWasPrunedGetsAFreshSnapshot() {
		long first;
		long second;
		try (EventStream stream = followingFromASnapshot()) {
			this.events.send(first(this.checkpoint, this.today, counts(1, 1)));
			first = awaitChange(stream, 1).id();
			this.events.send(first(this.checkpoint, this.today.plusSeconds(3600), counts(1, 1)));
			second = awaitChange(stream, 2).id();
		}
		this.database.sql("delete from view_changes where id < $1").bind(0, second).fetch().rowsUpdated().block();

		for (String lastEventId : List.of(Long.toString(first - 1), "999999999999", "not-an-id")) {
			try (EventStream resumed = this.api.stream("checkpoints", lastEventId)) {
				Received start = await().atMost(Duration.ofSeconds(10))
					.until(() -> resumed.events(), (events) -> !events.isEmpty())
					.get(0);
				assertThat(start.event().event()).as("after Last-Event-ID " + lastEventId).isEqualTo("snapshot");
			}
		}
		try (EventStream resumed = this.api.stream("checkpoints", Long.toString(second - 1))) {
			assertThat(awaitChange(resumed, 1).id()).as("the change after a held id is still sent").isEqualTo(second);
		}
	}

	@Test
	void anIdleStreamGetsHeartbeatComments() {
		try (EventStream stream = this.api.stream("checkpoints", null)) {
			await().atMost(Duration.ofSeconds(5)).until(() -> stream.comments().size() >= 2);
		}
	}

	@Test
	void everyViewNameIsAcceptedAndEachSnapshotCarriesItsView() {
		try (EventStream stream = this.api.stream("quarantine,supplies,inspections,checkpoints", null)) {
			List<Received> snapshots = await().atMost(Duration.ofSeconds(10))
				.until(() -> stream.events(), (events) -> events.size() >= 4);

			assertThat(snapshots).extracting((r) -> r.data().get("view").asString())
				.containsExactly("checkpoints", "quarantine", "supplies", "inspections");
			assertThat(snapshots.get(0).data().has("totals")).isTrue();
			assertThat(snapshots.get(1).data().has("underObservation")).isTrue();
			assertThat(snapshots.get(2).data().has("donations")).isTrue();
			assertThat(snapshots.get(3).data().has("inProgress")).isTrue();
		}
	}

	@Test
	void anUnknownViewIsA400NamingViews() {
		this.api.get("/api/stream?views=checkpoints,weather", IdentityTokens.viewer())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("views");
	}

	@Test
	void onlyViewersFollowTheStream() {
		this.api.get("/api/stream", IdentityTokens.checkpoint("*")).expectStatus().isForbidden();
		this.api.get("/api/stream", null).expectStatus().isUnauthorized();
	}

	/**
	 * Opens a stream and waits for its snapshot: a change applied before the snapshot was
	 * read is inside it and never comes as a change of its own.
	 */
	private EventStream followingFromASnapshot() {
		EventStream stream = this.api.stream("checkpoints", null);
		await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
		return stream;
	}

	private List<Received> ours(EventStream stream) {
		return stream.changes("checkpoints")
			.stream()
			.filter((r) -> this.checkpoint.toString().equals(r.data().get("checkpointId").asString()))
			.toList();
	}

	private Received awaitChange(EventStream stream, int count) {
		// generous: how fast a change arrives is measured by the first test, not here
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> ours(stream), (changes) -> changes.size() >= count)
			.get(count - 1);
	}

	private List<Long> totals(EventStream stream) {
		return ours(stream).stream().map((r) -> r.data().get("totals").get("vehiclesInspected").asLong()).toList();
	}

	private long newestHeldTotal() {
		return this.database.sql("""
				select (data::jsonb -> 'totals' ->> 'vehiclesInspected')::bigint as total from view_changes
				where data::jsonb ->> 'checkpointId' = $1 order by id desc limit 1""")
			.bind(0, this.checkpoint.toString())
			.map((row) -> row.get("total", Long.class))
			.one()
			.defaultIfEmpty(0L)
			.block();
	}

}
