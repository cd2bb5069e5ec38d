package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * A verification rebuilds every view from the log beside the live ones and reports each
 * row on which they differ: it finds what was planted in a live table, and nothing after
 * an ordinary ingest, even while events keep arriving.
 */
@ReportingServiceTest
class VerifyIT {

	static final Instant FEB_9 = Instant.parse("2020-02-08T16:00:00Z");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	DatabaseClient database;

	AdminViews admin;

	ReportingApi api;

	EventsProducer events;

	UUID checkpoint;

	String sku;

	@BeforeEach
	void ingest() {
		this.admin = new AdminViews(this.port);
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.checkpoint = UUID.randomUUID();
		this.sku = "MASK-" + UUID.randomUUID();
		this.events.send(new CheckpointRegistered(this.checkpoint, "乌拉特前旗检查站", "乌拉特前旗", CheckpointKind.NATIONAL_ROAD));
		this.events.send(first(this.checkpoint, FEB_9, counts(40, 90)));
		this.events.send(new ItemDefined(this.sku, "N95口罩", "只", 100));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 500, "市应急物资仓库", ReceiptSource.PURCHASE, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() == 40 && received() == 500);
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void afterAnOrdinaryIngestTheViewsAreConsistentWithTheLog() {
		JsonNode verdict = this.admin.verify();

		assertThat(verdict.get("consistent").asBoolean()).as(verdict.toString()).isTrue();
		assertThat(verdict.get("differences").isEmpty()).isTrue();
		assertThat(verdict.get("truncated").asBoolean()).isFalse();
	}

	@Test
	void aChangedADeletedAndAnExtraRowPlantedInTheLiveViewsAreEachReportedByKey() {
		UUID extra = UUID.randomUUID();
		execute("update checkpoint_days set trains = trains + 5 where checkpoint_id = $1::uuid",
				this.checkpoint.toString());
		execute("delete from supply_items where sku = $1", this.sku);
		execute("insert into checkpoints (checkpoint_id, name, region, kind, registered_at) values ($1::uuid, '幽灵卡口', '磴口县', 'VILLAGE', now())",
				extra.toString());
		try {
			JsonNode verdict = this.admin.verify();

			assertThat(verdict.get("consistent").asBoolean()).isFalse();
			List<JsonNode> differences = verdict.get("differences").valueStream().toList();
			assertThat(differences).extracting((d) -> d.get("view").asString() + " " + d.get("key"))
				.containsExactlyInAnyOrder(
						"checkpoint_days {\"checkpoint_id\":\"" + this.checkpoint + "\",\"day\":\"2020-02-09\"}",
						"supply_items {\"sku\":\"" + this.sku + "\"}",
						"checkpoints {\"checkpoint_id\":\"" + extra + "\"}");
			JsonNode changed = find(differences, "checkpoint_days");
			assertThat(changed.get("live").get("trains").asLong()).isEqualTo(6);
			assertThat(changed.get("expected").get("trains").asLong()).isEqualTo(1);
			assertThat(changed.get("live").get("vehicles_inspected").asLong()).isEqualTo(40);
			JsonNode deleted = find(differences, "supply_items");
			assertThat(deleted.get("live").isNull()).isTrue();
			assertThat(deleted.get("expected").get("received").asLong()).isEqualTo(500);
			assertThat(deleted.get("expected").get("name").asString()).isEqualTo("N95口罩");
			JsonNode added = find(differences, "checkpoints");
			assertThat(added.get("live").get("name").asString()).isEqualTo("幽灵卡口");
			assertThat(added.get("expected").isNull()).isTrue();
		}
		finally {
			execute("update checkpoint_days set trains = trains - 5 where checkpoint_id = $1::uuid",
					this.checkpoint.toString());
			execute("insert into supply_items (sku, name, unit, low_stock_threshold, received) values ($1, 'N95口罩', '只', 100, 500)",
					this.sku);
			execute("delete from checkpoints where checkpoint_id = $1::uuid", extra.toString());
		}
		assertThat(this.admin.verify().get("consistent").asBoolean()).as("the planted rows put back").isTrue();
	}

	@Test
	void theViewsAreComparedAtTheSamePositionsWhileEventsKeepArriving() {
		AtomicBoolean sending = new AtomicBoolean(true);
		AtomicInteger sent = new AtomicInteger();
		CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
			for (int hour = 1; sending.get() && hour < 1_400; hour++) {
				this.events.send(first(this.checkpoint, FEB_9.plusSeconds(hour * 60L), counts(1, 1)));
				sent.incrementAndGet();
			}
		});
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> sent.get() >= 20);
			JsonNode verdict = this.admin.verify();
			assertThat(verdict.get("consistent").asBoolean()).as(verdict.toString()).isTrue();
			assertThat(sent.get()).as("events arrived while the views were verified").isGreaterThan(20);
		}
		finally {
			sending.set(false);
			producer.join();
		}
		long total = 40 + sent.get();
		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() == total);
	}

	@Test
	void onlyAnAdminVerifies() {
		this.admin.get("/api/admin/views/verify", IdentityTokens.viewer()).expectStatus().isForbidden();
		this.admin.get("/api/admin/views/verify", IdentityTokens.operator()).expectStatus().isForbidden();
		this.admin.get("/api/admin/views/verify", null).expectStatus().isUnauthorized();
	}

	@Test
	void noScratchSchemaOutlivesAVerification() {
		this.admin.verify();

		Long left = this.database.sql("select count(*) as left from pg_namespace where nspname like 'views\\_%'")
			.map((row) -> row.get("left", Long.class))
			.one()
			.block();
		assertThat(left).isZero();
	}

	private static JsonNode find(List<JsonNode> differences, String view) {
		return differences.stream().filter((d) -> view.equals(d.get("view").asString())).findFirst().orElseThrow();
	}

	private void execute(String sql, String parameter) {
		Long changed = this.database.sql(sql).bind(0, parameter).fetch().rowsUpdated().block();
		assertThat(changed).as(sql).isEqualTo(1);
	}

	private long vehicles() {
		return this.api.summary("from=2020-02-09&to=2020-02-09&checkpointId=" + this.checkpoint)
			.get("totals")
			.get("vehiclesInspected")
			.asLong();
	}

	private long received() {
		return this.api.view("/api/views/supplies/stock")
			.valueStream()
			.filter((line) -> this.sku.equals(line.get("sku").asString()))
			.mapToLong((line) -> line.get("received").asLong())
			.sum();
	}

}
