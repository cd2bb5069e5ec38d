package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApi.Received;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.reporting.views.LiveTablesLock;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * A rebuild builds every view from the log beside the live ones while they keep answering
 * and applying, swaps its tables in at once, and leaves the live views as they were when
 * it fails.
 */
@ReportingServiceTest
class RebuildIT {

	static final Instant FEB_10 = Instant.parse("2020-02-09T16:00:00Z");

	static final List<String> VIEWS = List.of("checkpoints", "quarantine", "supplies", "inspections");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	DatabaseClient database;

	@Autowired
	ConnectionFactory connections;

	AdminViews admin;

	ReportingApi api;

	EventsProducer events;

	UUID checkpoint;

	String sku;

	long sent;

	@BeforeEach
	void ingest() {
		this.admin = new AdminViews(this.port);
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.checkpoint = UUID.randomUUID();
		this.sku = "SUIT-" + UUID.randomUUID();
		this.events.send(new CheckpointRegistered(this.checkpoint, "巴彦淖尔东收费站", "临河区", CheckpointKind.HIGHWAY_EXIT));
		this.events.send(new ItemDefined(this.sku, "防护服", "套", 10));
		for (int i = 0; i < 300; i++) {
			report();
		}
		awaitApplied();
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void aRebuildDuringLiveIngestReplacesTheViewsWithTheSameAndNoReaderSeesAnErrorOrAnEmptyView() {
		try (EventStream stream = this.api.stream(String.join(",", VIEWS), null);
				ViewsPoller poller = new ViewsPoller(this.port)) {
			List<Received> first = await().atMost(Duration.ofSeconds(10))
				.until(() -> snapshots(stream), (snapshots) -> snapshots.size() == 4);
			long before = first.get(0).id();
			AtomicBoolean sending = new AtomicBoolean(true);
			AtomicLong duringRebuild = new AtomicLong();
			CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
				while (sending.get()) {
					report();
					duringRebuild.incrementAndGet();
				}
			});
			JsonNode done;
			long sentBefore;
			long sentUntilDone;
			try {
				await().atMost(Duration.ofSeconds(10)).until(() -> poller.reads() >= 3 && duringRebuild.get() >= 3);
				sentBefore = duringRebuild.get();
				UUID rebuildId = this.admin.rebuild();
				done = await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(20))
					.until(() -> this.admin.rebuild(rebuildId),
							(status) -> !"RUNNING".equals(status.get("state").asString()));
				sentUntilDone = duringRebuild.get();
				// and on after the swap, into the rebuilt tables
				await().atMost(Duration.ofSeconds(10)).until(() -> duringRebuild.get() >= sentUntilDone + 20);
			}
			finally {
				sending.set(false);
				producer.join();
			}
			awaitApplied();

			assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
			assertThat(done.get("eventsApplied").asLong()).isPositive().isEqualTo(done.get("eventsTotal").asLong());
			assertThat(sentUntilDone).as("events published while the rebuild ran").isGreaterThan(sentBefore);
			assertThat(poller.anomalies()).as("what the readers saw").isEmpty();
			assertThat(poller.reads()).as("the views were read throughout").isGreaterThan(10);
			JsonNode verdict = this.admin.verify();
			assertThat(verdict.get("consistent").asBoolean()).as(verdict.toString()).isTrue();

			List<Received> fresh = await().atMost(Duration.ofSeconds(10))
				.until(() -> snapshots(stream), (snapshots) -> snapshots.size() == 8)
				.subList(4, 8);
			assertThat(fresh).extracting((r) -> r.data().get("view").asString()).containsExactlyElementsOf(VIEWS);
			assertThat(fresh).extracting(Received::id).allMatch((id) -> id > before);
			assertThat(fresh.get(0).data().get("totals").get("vehiclesInspected").asLong()).isNotNegative();
			try (EventStream resumed = this.api.stream("checkpoints", Long.toString(before))) {
				Received start = await().atMost(Duration.ofSeconds(10))
					.until(resumed::events, (events) -> !events.isEmpty())
					.get(0);
				assertThat(start.event().event()).as("a client last seen before the rebuild starts over")
					.isEqualTo("snapshot");
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> shadowSchemas().isEmpty());
		}
	}

	@Test
	void aSecondRebuildWhileOneRunsIsAConflictAndTheFirstFinishesOnceTheLiveViewsCanBeHeld() {
		Connection liveBatch = Mono.from(this.connections.create()).block();
		try {
			lock(liveBatch, "select pg_advisory_lock_shared($1)");
			UUID rebuildId = this.admin.rebuild();

			this.admin.post("/api/admin/views/rebuild", IdentityTokens.admin())
				.expectStatus()
				.isEqualTo(409)
				.expectHeader()
				.contentType("application/problem+json");
			JsonNode running = this.admin.rebuild(rebuildId);
			assertThat(running.get("state").asString()).isEqualTo("RUNNING");
			assertThat(running.get("eventsApplied").asLong()).isNotNegative()
				.isLessThanOrEqualTo(running.get("eventsTotal").asLong());

			lock(liveBatch, "select pg_advisory_unlock_shared($1)");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.admin.rebuild(rebuildId).get("state").asString(), "DONE"::equals);
		}
		finally {
			Mono.from(liveBatch.close()).block();
		}
		assertThat(this.admin.verify().get("consistent").asBoolean()).isTrue();
	}

	@Test
	void aRebuildThatLosesItsDatabaseConnectionFailsAndLeavesTheLiveViewsAsTheyWere() {
		JsonNode summary = this.api.summary(summaryQuery());
		JsonNode stock = this.api.view(ViewsPoller.STOCK);
		Connection liveBatch = Mono.from(this.connections.create()).block();
		UUID rebuildId;
		try {
			lock(liveBatch, "select pg_advisory_lock_shared($1)");
			rebuildId = this.admin.rebuild();
			// the rebuild waits to hold the live views still; its session is cut
			await().atMost(Duration.ofSeconds(30)).until(() -> terminate(LiveTablesLock.FREEZING_SESSION) > 0);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.admin.rebuild(rebuildId).get("state").asString(), "FAILED"::equals);
		}
		finally {
			lock(liveBatch, "select pg_advisory_unlock_shared($1)");
			Mono.from(liveBatch.close()).block();
		}
		assertThat(this.admin.rebuild(rebuildId).get("failure").asString()).isNotBlank();
		assertThat(this.api.summary(summaryQuery())).isEqualTo(summary);
		assertThat(this.api.view(ViewsPoller.STOCK)).isEqualTo(stock);
		await().atMost(Duration.ofSeconds(10)).until(() -> shadowSchemas().isEmpty());

		report();
		awaitApplied();
		assertThat(this.admin.verify().get("consistent").asBoolean()).as("the live views still apply").isTrue();
	}

	@Test
	void aRebuildWhoseInstanceStoppedBeatingIsTakenForDeadAndItsLeftoversDropped() {
		UUID dead = UUID.randomUUID();
		String leftover = "views_build_" + dead.toString().replace("-", "");
		this.database.sql("""
				insert into view_rebuilds (rebuild_id, state, started_at, heartbeat_at)
				values ($1, 'RUNNING', now() - interval '1 hour', now() - interval '1 hour')""")
			.bind(0, dead)
			.fetch()
			.rowsUpdated()
			.block();
		this.database.sql("create schema " + leftover).fetch().rowsUpdated().block();

		assertThat(this.admin.rebuild(dead).get("state").asString()).isEqualTo("FAILED");
		UUID rebuildId = this.admin.rebuild();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.admin.rebuild(rebuildId).get("state").asString(), "DONE"::equals);
		await().atMost(Duration.ofSeconds(10)).until(() -> shadowSchemas().isEmpty());
	}

	@Test
	void onlyAnAdminRebuildsAndFollowsARebuild() {
		this.admin.post("/api/admin/views/rebuild", IdentityTokens.viewer()).expectStatus().isForbidden();
		this.admin.post("/api/admin/views/rebuild", null).expectStatus().isUnauthorized();
		this.admin.get("/api/admin/views/rebuild/" + UUID.randomUUID(), IdentityTokens.viewer())
			.expectStatus()
			.isForbidden();
		this.admin.get("/api/admin/views/rebuild/" + UUID.randomUUID(), IdentityTokens.admin())
			.expectStatus()
			.isNotFound();
		this.admin.get("/api/admin/views/rebuild/not-an-id", IdentityTokens.admin())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("rebuildId");
	}

	private void report() {
		this.events.send(first(this.checkpoint, FEB_10.plusSeconds(this.sent), counts(1, 2)));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 1, "市应急物资仓库", ReceiptSource.PURCHASE, null));
		this.sent++;
	}

	private void awaitApplied() {
		long expected = this.sent;
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.api.summary(summaryQuery()).get("totals").get("vehiclesInspected").asLong() == expected
					&& received() == expected);
	}

	private String summaryQuery() {
		return "from=2020-02-01&to=2020-02-29&checkpointId=" + this.checkpoint;
	}

	private long received() {
		return this.api.view(ViewsPoller.STOCK)
			.valueStream()
			.filter((line) -> this.sku.equals(line.get("sku").asString()))
			.mapToLong((line) -> line.get("received").asLong())
			.sum();
	}

	private static List<Received> snapshots(EventStream stream) {
		return stream.events().stream().filter((r) -> "snapshot".equals(r.event().event())).toList();
	}

	private List<String> shadowSchemas() {
		return this.database.sql("select nspname from pg_namespace where nspname like 'views\\_%'")
			.map((row) -> row.get("nspname", String.class))
			.all()
			.collectList()
			.block();
	}

	private long terminate(String applicationName) {
		List<Boolean> ended = new ArrayList<>(this.database
			.sql("select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = $1")
			.bind(0, applicationName)
			.map((row) -> row.get("ended", Boolean.class))
			.all()
			.collectList()
			.block());
		return ended.stream().filter(Boolean.TRUE::equals).count();
	}

	private static void lock(Connection connection, String statement) {
		Flux.from(connection.createStatement(statement).bind("$1", LiveTablesLock.KEY).execute())
			.flatMap((result) -> result.map((row, metadata) -> row.get(0)))
			.blockLast();
	}

}
