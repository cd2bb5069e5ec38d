package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cordon.reporting.CheckpointEventsProducer.counts;
import static org.cordon.reporting.CheckpointEventsProducer.first;

/**
 * A build claims the events' ids in memory while it fills its tables, then stores them in
 * its {@code applied_events}; only the last records before the live positions (at most
 * {@code caught-up-within}, 500) are claimed in the table. Here the events that matter
 * are followed by more than that many others, so that a build reads them with its claims
 * in memory: an event published twice counts once in the build as in the live views, and
 * after a rebuild the live consumer still knows every id the build claimed.
 */
@ReportingServiceTest
class BuildClaimsIT {

	static final Instant FEB_9 = Instant.parse("2020-02-08T16:00:00Z");

	static final Instant FEB_10 = FEB_9.plus(Duration.ofDays(1));

	/** More records than a build reads at the end with its claims in the table. */
	static final int FOLLOWING = 600;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	AdminViews admin;

	ReportingApi api;

	EventsProducer events;

	UUID checkpoint;

	@BeforeEach
	void ingest() {
		this.admin = new AdminViews(this.port);
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.checkpoint = UUID.randomUUID();
		this.events.send(new CheckpointRegistered(this.checkpoint, "五原县检查站", "五原县", CheckpointKind.HIGHWAY_EXIT));
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void anEventPublishedTwiceCountsOnceInABuildAsInTheLiveViews() {
		CountsReported twice = first(this.checkpoint, FEB_9, counts(7, 9));
		UUID eventId = UUID.randomUUID();
		this.events.send(twice, eventId);
		for (int hour = 1; hour <= 10; hour++) {
			this.events.send(first(this.checkpoint, FEB_9.plusSeconds(hour * 3600L), counts(1, 1)));
		}
		this.events.send(twice, eventId);
		this.events.send(twice, eventId);
		follow();
		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() == 17 && followed() == FOLLOWING);

		JsonNode verdict = this.admin.verify();

		assertThat(verdict.get("consistent").asBoolean()).as(verdict.toString()).isTrue();
		assertThat(vehicles()).isEqualTo(17);
	}

	@Test
	void afterARebuildTheLiveViewsStillKnowEveryEventTheBuildApplied() {
		CountsReported report = first(this.checkpoint, FEB_9, counts(5, 5));
		UUID eventId = UUID.randomUUID();
		this.events.send(report, eventId);
		follow();
		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() == 5 && followed() == FOLLOWING);

		UUID rebuildId = this.admin.rebuild();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.admin.rebuild(rebuildId).get("state").asString(), "DONE"::equals);
		this.events.send(report, eventId);
		this.events.send(first(this.checkpoint, FEB_9.plusSeconds(3600), counts(1, 1)));

		await().atMost(Duration.ofSeconds(30)).until(() -> vehicles() == 6);
		assertThat(this.admin.verify().get("consistent").asBoolean()).isTrue();
	}

	private void follow() {
		for (int minute = 0; minute < FOLLOWING; minute++) {
			this.events.send(first(this.checkpoint, FEB_10.plusSeconds(minute * 60L), counts(1, 1)));
		}
	}

	private long followed() {
		return this.api.summary("from=2020-02-10&to=2020-02-10&checkpointId=" + this.checkpoint)
			.get("totals")
			.get("vehiclesInspected")
			.asLong();
	}

	private long vehicles() {
		return this.api.summary("from=2020-02-09&to=2020-02-09&checkpointId=" + this.checkpoint)
			.get("totals")
			.get("vehiclesInspected")
			.asLong();
	}

}
