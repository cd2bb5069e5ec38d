package org.cordon.reporting.checkpoints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.correction;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

@ReportingServiceTest
class CheckpointSummaryIT {

	/** Midnight of 4 February 2020 in Shanghai. */
	static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	static final Instant FEB_5 = Instant.parse("2020-02-04T16:00:00Z");

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	ReportingApi api;

	CheckpointEventsProducer events;

	String region;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new CheckpointEventsProducer(this.bootstrap);
		this.region = "临河区-" + UUID.randomUUID();
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void theSummarySumsTheLatestRevisionOfEveryReportByCheckpointAndByDay() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		UUID station = this.events.register("巴彦淖尔站", this.region);
		CountsReported firstOfFeb4 = first(eastGate, FEB_4, counts(1040, 2800));
		this.events.send(firstOfFeb4);
		this.events.send(correction(firstOfFeb4, counts(1048, 2843)));
		this.events.send(first(station, FEB_4.plusSeconds(3600), counts(11, 330)));
		this.events.send(first(eastGate, FEB_5, counts(990, 2701)));

		JsonNode summary = awaitSummary("from=2020-02-04&to=2020-02-05&region=" + this.region, 1048 + 11 + 990);

		assertThat(summary.get("from").asString()).isEqualTo("2020-02-04");
		assertThat(summary.get("to").asString()).isEqualTo("2020-02-05");
		assertThat(summary.get("days").asInt()).isEqualTo(2);
		assertThat(totals(summary.get("totals"))).isEqualTo(new long[] { 2049, 3, 3, 5874, 3, 0, 3, 6, 0 });
		assertThat(summary.get("dailyAverage").get("vehiclesInspected").asLong()).as("1024.5 rounds up")
			.isEqualTo(1025);
		assertThat(summary.get("dailyAverage").get("personsChecked").asLong()).isEqualTo(2937);
		assertThat(summary.get("dailyAverage").get("trains").asLong()).as("1.5 rounds up").isEqualTo(2);
		JsonNode byDay = summary.get("byDay");
		assertThat(byDay).hasSize(2);
		assertThat(byDay.get(0).get("date").asString()).isEqualTo("2020-02-04");
		assertThat(byDay.get(0).get("totals").get("vehiclesInspected").asLong()).isEqualTo(1048 + 11);
		assertThat(byDay.get(1).get("totals").get("vehiclesInspected").asLong()).isEqualTo(990);
		JsonNode byCheckpoint = summary.get("byCheckpoint");
		assertThat(byCheckpoint).hasSize(2);
		assertThat(byCheckpoint.get(0).get("checkpointId").asString()).isEqualTo(eastGate.toString());
		assertThat(byCheckpoint.get(0).get("name").asString()).isEqualTo("临河东收费站");
		assertThat(byCheckpoint.get(0).get("region").asString()).isEqualTo(this.region);
		assertThat(byCheckpoint.get(0).get("totals").get("vehiclesInspected").asLong()).isEqualTo(1048 + 990);
		assertThat(byCheckpoint.get(1).get("totals").get("personsChecked").asLong()).isEqualTo(330);
	}

	@Test
	void aSecondCorrectionReplacesTheFirstAndCountsOnlyItsFigures() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		CountsReported report = first(eastGate, FEB_4, counts(100, 200));
		CountsReported corrected = correction(report, counts(120, 180));
		this.events.send(report);
		this.events.send(corrected);
		this.events.send(correction(corrected, counts(90, 190)));

		JsonNode summary = awaitSummary("from=2020-02-04&to=2020-02-04&checkpointId=" + eastGate, 90);

		assertThat(summary.get("totals").get("personsChecked").asLong()).isEqualTo(190);
	}

	@Test
	void regionAndCheckpointFiltersSelectTheirCheckpointsOnly() {
		String otherRegion = "乌拉特前旗-" + UUID.randomUUID();
		UUID eastGate = this.events.register("临河东收费站", this.region);
		UUID station = this.events.register("巴彦淖尔站", this.region);
		UUID wulate = this.events.register("乌拉特前旗出口", otherRegion);
		this.events.send(first(eastGate, FEB_4, counts(1, 10)));
		this.events.send(first(station, FEB_4, counts(2, 20)));
		this.events.send(first(wulate, FEB_4, counts(4, 40)));
		awaitSummary("from=2020-02-04&region=" + otherRegion + "&to=2020-02-04", 4);

		JsonNode byRegion = awaitSummary("from=2020-02-04&to=2020-02-04&region=" + this.region, 3);
		JsonNode byCheckpoint = this.api.summary("from=2020-02-04&to=2020-02-04&checkpointId=" + station);
		JsonNode both = this.api
			.summary("from=2020-02-04&to=2020-02-04&region=" + otherRegion + "&checkpointId=" + station);

		assertThat(byRegion.get("byCheckpoint")).hasSize(2);
		assertThat(byCheckpoint.get("totals").get("vehiclesInspected").asLong()).isEqualTo(2);
		assertThat(byCheckpoint.get("byCheckpoint")).hasSize(1);
		assertThat(both.get("totals").get("vehiclesInspected").asLong()).isZero();
		assertThat(both.get("byCheckpoint")).isEmpty();
	}

	@Test
	void aReportBelongsToTheShanghaiDayOfItsPeriodStartAlthoughUtcShowsTheSameDate() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		this.events.send(first(eastGate, Instant.parse("2020-02-03T15:59:59Z"), counts(7, 70)));
		this.events.send(first(eastGate, Instant.parse("2020-02-03T16:00:00Z"), counts(5, 50)));

		awaitSummary("from=2020-02-03&to=2020-02-04&checkpointId=" + eastGate, 12);

		assertThat(this.api.summary("from=2020-02-03&to=2020-02-03&checkpointId=" + eastGate)
			.get("totals")
			.get("vehiclesInspected")
			.asLong()).isEqualTo(7);
		assertThat(this.api.summary("from=2020-02-04&to=2020-02-04&checkpointId=" + eastGate)
			.get("totals")
			.get("vehiclesInspected")
			.asLong()).isEqualTo(5);
	}

	@Test
	void averagesOverARangeAreRoundedHalfUpToWholeNumbers() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		this.events.send(first(eastGate, FEB_4, new Counts(10, 9, 9, 11, 2, 2, 6, 6, 1)));

		JsonNode summary = awaitSummary("from=2020-02-04&to=2020-02-07&checkpointId=" + eastGate, 10);

		assertThat(summary.get("days").asInt()).isEqualTo(4);
		assertThat(totals(summary.get("dailyAverage"))).isEqualTo(new long[] { 3, 2, 2, 3, 1, 1, 2, 2, 0 });
		assertThat(summary.get("byDay")).hasSize(4);
	}

	@Test
	void withoutARangeTheSummaryIsOfTodayInShanghai() {
		JsonNode summary = this.api.summary("region=" + this.region);

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		assertThat(summary.get("from").asString()).isEqualTo(today);
		assertThat(summary.get("to").asString()).isEqualTo(today);
		assertThat(summary.get("days").asInt()).isEqualTo(1);
	}

	@Test
	void anInvalidQueryIsA400NamingTheField() {
		expectInvalid("from=2020-02-05&to=2020-02-04", "from");
		expectInvalid("from=2020-01-01&to=2021-01-01", "to");
		expectInvalid("from=2020-02-30", "from");
		expectInvalid("checkpointId=gate-7", "checkpointId");
	}

	@Test
	void onlyViewersReadTheSummary() {
		this.api.get("/api/views/checkpoints/summary", IdentityTokens.checkpoint("*")).expectStatus().isForbidden();
		this.api.get("/api/views/checkpoints/summary", null).expectStatus().isUnauthorized();
		this.api
			.get("/api/views/checkpoints/summary",
					IdentityTokens.token("key:auditor", "auditor", java.util.List.of("auditor"), java.util.List.of()))
			.expectStatus()
			.isOk();
	}

	private void expectInvalid(String query, String field) {
		this.api.get("/api/views/checkpoints/summary?" + query, IdentityTokens.viewer())
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private JsonNode awaitSummary(String query, long vehiclesInspected) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.summary(query),
					(summary) -> summary.get("totals").get("vehiclesInspected").asLong() == vehiclesInspected);
	}

	static long[] totals(JsonNode totals) {
		return new long[] { totals.get("vehiclesInspected").asLong(), totals.get("vehiclesInbound").asLong(),
				totals.get("vehiclesTurnedBack").asLong(), totals.get("personsChecked").asLong(),
				totals.get("personsInbound").asLong(), totals.get("personsTurnedBack").asLong(),
				totals.get("trains").asLong(), totals.get("trainPassengersArrived").asLong(),
				totals.get("feverDetected").asLong() };
	}

}
