package org.cordon.reporting.checkpoints;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ViewReadings;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.reporting.CheckpointEventsProducer.correction;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * The summary as of an instant is the summary the live view answered at that instant:
 * read live while reports and corrections arrive, then asked again as of each instant.
 */
@ReportingServiceTest
class CheckpointSummaryAsOfIT {

	/** Midnight of 4 February 2020 in Shanghai. */
	static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	static final Instant FEB_5 = Instant.parse("2020-02-04T16:00:00Z");

	private static final String PATH = "/api/views/checkpoints/summary?";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	ReportingApi api;

	CheckpointEventsProducer events;

	String region;

	String range;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new CheckpointEventsProducer(this.bootstrap);
		this.region = "临河区-" + UUID.randomUUID();
		this.range = "from=2020-02-04&to=2020-02-05&region=" + this.region;
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void asOfEachInstantTheSummaryIsWhatTheLiveSummaryWasThen() {
		ViewReadings read = readings();
		read.read();

		UUID eastGate = this.events.register("临河东收费站", this.region);
		UUID station = this.events.register("巴彦淖尔站", this.region);
		CountsReported report = first(eastGate, FEB_4, counts(100, 200));
		this.events.send(report);
		awaitLive(100);
		read.read();

		CountsReported corrected = correction(report, counts(120, 180));
		this.events.send(corrected);
		this.events.send(first(station, FEB_5, counts(10, 20)));
		awaitLive(130);
		read.read();

		this.events.send(correction(corrected, counts(90, 190)));
		UUID lateGate = this.events.register("临河西收费站", this.region);
		this.events.send(first(lateGate, FEB_4, counts(5, 5)));
		awaitLive(105);
		read.read();

		read.assertEachReadingIsTheViewAsOfItsInstant();
		assertThat(read.get(0).get("byCheckpoint")).isEmpty();
		assertThat(read.get(0).get("totals").get("vehiclesInspected").asLong()).isZero();
		assertThat(read.get(1).get("totals").get("personsChecked").asLong()).isEqualTo(200);
		assertThat(read.get(2).get("totals").get("personsChecked").asLong()).isEqualTo(180 + 20);
		assertThat(read.get(2).get("byCheckpoint")).as("the west gate was registered later").hasSize(2);
		assertThat(read.get(3).get("totals").get("personsChecked").asLong()).isEqualTo(190 + 20 + 5);
		assertThat(read.get(3).get("byCheckpoint")).hasSize(3);
	}

	@Test
	void asOfAnInstantBeforeEveryEventEverythingIsZero() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		this.events.send(first(eastGate, FEB_4, counts(7, 70)));
		awaitLive(7);

		JsonNode summary = this.api.summary("from=2020-02-04&to=2020-02-05&asOf=2000-01-01T00:00:00Z");

		assertThat(CheckpointSummaryIT.totals(summary.get("totals"))).containsOnly(0L);
		assertThat(summary.get("byCheckpoint")).isEmpty();
		assertThat(summary.get("byDay")).hasSize(2)
			.allSatisfy((day) -> assertThat(day.get("totals").get("vehiclesInspected").asLong()).isZero());
	}

	@Test
	void aReportCountsAsOfItsOwnTimeButNotAnInstantBefore() {
		UUID eastGate = this.events.register("临河东收费站", this.region);
		Instant before = Instant.now();
		this.events.send(first(eastGate, FEB_4, counts(3, 30)));
		awaitLive(3);
		Instant after = Instant.now();

		assertThat(asOf(before).get("totals").get("vehiclesInspected").asLong()).isZero();
		assertThat(asOf(after).get("totals").get("vehiclesInspected").asLong()).isEqualTo(3);
		assertThat(asOf(after).get("byCheckpoint")).hasSize(1);
	}

	@Test
	void anAsOfThatIsNotAnInstantWithAnOffsetIsA400NamingIt() {
		this.api.expectInvalid(PATH + "asOf=yesterday", "asOf");
		this.api.expectInvalid(PATH + "asOf=2020-02-04T08:00:00", "asOf");
		this.api.expectInvalid(PATH + "asOf=2020-02-04", "asOf");
	}

	@Test
	void onlyViewersReadTheSummaryAsOfAnInstant() {
		this.api.expectViewersOnly(PATH + "asOf=2020-02-04T08:00:00Z");
	}

	private ViewReadings readings() {
		return new ViewReadings(this.api, PATH + this.range);
	}

	private JsonNode asOf(Instant instant) {
		return readings().asOf(instant);
	}

	private void awaitLive(long vehiclesInspected) {
		readings().awaitLive((summary) -> summary.get("totals").get("vehiclesInspected").asLong() == vehiclesInspected);
	}

}
