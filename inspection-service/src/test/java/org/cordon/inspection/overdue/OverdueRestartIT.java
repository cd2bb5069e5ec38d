package org.cordon.inspection.overdue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.inspection.InspectionApi;
import org.cordon.inspection.InspectionInstance;
import org.cordon.inspection.MovableClock;
import org.cordon.inspection.MovableClockConfiguration;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance that was down at midnight catches up when it starts, once. The periodic
 * check is set to an hour, so only the check at start-up can find what was missed.
 */
class OverdueRestartIT {

	static final Map<String, Object> HOURLY = Map.of("cordon.inspection.overdue-check-interval", "1h");

	final MovableClock clock = MovableClock.at(MovableClockConfiguration.START);

	@Test
	void anInstanceStartedAfterAMissedMidnightAnnouncesTheLateIssueOnceWithTheDayItNoticed() {
		LocalDate day = this.clock.today();
		UUID late;
		UUID notDue;
		Map<String, Object> infrastructure;
		try (InspectionInstance first = InspectionInstance.onANewDatabase(this.clock, HOURLY)) {
			infrastructure = first.infrastructure();
			InspectionApi api = first.api();
			late = api.recordIssue(day.minusDays(1), day);
			notDue = api.recordIssue(day.minusDays(1), day.plusDays(5));
			assertThat(api.typesPublishedFor(late)).containsExactly("IssueFound.v1");
		}

		this.clock.advance(Duration.ofDays(2));
		try (InspectionInstance restarted = InspectionInstance.on(infrastructure, this.clock, HOURLY)) {
			InspectionApi api = restarted.api();
			await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(api.statusOf(late)));

			List<JsonNode> overdue = api.published(late, "IssueOverdue.v1");
			assertThat(overdue).hasSize(1);
			assertThat(overdue.get(0).get("deadline").asString()).isEqualTo(day.toString());
			assertThat(overdue.get(0).get("detectedOn").asString()).isEqualTo(day.plusDays(2).toString());
			ConsumerRecord<String, byte[]> announced = api.publishedFor(late).get(1);
			assertThat(announced.key()).isEqualTo(late.toString());
			assertThat(TopicRecords.header(announced, CloudEventHeaders.TYPE))
				.isEqualTo("cordon.inspection.IssueOverdue.v1");
			assertThat(TopicRecords.header(announced, CloudEventHeaders.SUBJECT)).isEqualTo(late.toString());
			assertThat(TopicRecords.header(announced, CloudEventHeaders.ACTOR)).isEqualTo(OverdueTransitions.ACTOR);
			assertThat(api.statusOf(notDue)).isEqualTo("OPEN");
			assertThat(api.typesPublishedFor(notDue)).containsExactly("IssueFound.v1");
		}

		try (InspectionInstance again = InspectionInstance.on(infrastructure, this.clock, HOURLY)) {
			assertThat(again.overdueCheck().run().block()).isZero();
			assertThat(again.api().typesPublishedFor(late)).containsExactly("IssueFound.v1", "IssueOverdue.v1");
		}
	}

	@Test
	void aRectificationOfAnIssuePastItsDeadlineAnnouncesItOverdueFirst() {
		try (InspectionInstance instance = InspectionInstance.onANewDatabase(this.clock, HOURLY)) {
			InspectionApi api = instance.api();
			LocalDate deadline = this.clock.today();
			UUID issue = api.recordIssue(deadline.minusDays(1), deadline);

			this.clock.advance(Duration.ofDays(1));
			api.rectify(issue, InspectionApi.rectification(deadline.plusDays(1), "已整改"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("RECTIFIED");

			assertThat(api.typesPublishedFor(issue)).containsExactly("IssueFound.v1", "IssueOverdue.v1",
					"IssueRectified.v1");
			assertThat(api.published(issue, "IssueOverdue.v1").get(0).get("detectedOn").asString())
				.isEqualTo(deadline.plusDays(1).toString());
			assertThat(api.statusOf(issue)).isEqualTo("RECTIFIED");
		}
	}

}
