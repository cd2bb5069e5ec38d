package org.cordon.inspection.issues;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import org.cordon.inspection.InspectionApi;
import org.cordon.inspection.InspectionIntegrationTest;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RectificationIT extends InspectionIntegrationTest {

	@Test
	void anOpenIssueIsRectifiedOnceAndThatIsPublished() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today.minusDays(3), today.plusDays(1));

		this.api.rectify(id, InspectionApi.rectification(today.minusDays(1), "  已设立测温点并安排专人登记 "))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issueId")
			.isEqualTo(id.toString())
			.jsonPath("$.status")
			.isEqualTo("RECTIFIED")
			.jsonPath("$.rectifiedOn")
			.isEqualTo(today.minusDays(1).toString())
			.jsonPath("$.note")
			.isEqualTo("已设立测温点并安排专人登记");

		assertThat(this.api.statusOf(id)).isEqualTo("RECTIFIED");
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(id);
		assertThat(records).extracting((r) -> TopicRecords.header(r, CloudEventHeaders.TYPE))
			.containsExactly("cordon.inspection.IssueFound.v1", "cordon.inspection.IssueRectified.v1");
		assertThat(TopicRecords.header(records.get(1), CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
		JsonNode data = this.api.published(id, "IssueRectified.v1").get(0);
		assertThat(data.get("rectifiedOn").asString()).isEqualTo(today.minusDays(1).toString());
		assertThat(data.get("note").asString()).isEqualTo("已设立测温点并安排专人登记");
	}

	@Test
	void theSameDayAgainIsADuplicateAndAnotherDayAConflict() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today.minusDays(3), today.plusDays(1));
		this.api.rectifyOn(id, today);

		this.api.rectify(id, InspectionApi.rectification(today, "另一条说明"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.note")
			.isEqualTo("已整改");
		this.api.rectify(id, InspectionApi.rectification(today.minusDays(1), "已整改"))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1", "IssueRectified.v1");
	}

	@Test
	void aRectificationWithoutANoteIsRecorded() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today, today.plusDays(1));

		this.api.rectify(id, "{\"rectifiedOn\": \"" + today + "\"}")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.note")
			.isEmpty();

		assertThat(this.api.published(id, "IssueRectified.v1")).singleElement()
			.satisfies((data) -> assertThat(data.get("note").isNull()).isTrue());
	}

	@Test
	void aDayBeforeTheIssueWasFoundOrAfterTodayIsRefusedAndChangesNothing() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today.minusDays(1), today.plusDays(1));

		this.api.rectify(id, InspectionApi.rectification(today.minusDays(2), "已整改"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("rectifiedOn");
		this.api.rectify(id, InspectionApi.rectification(today.plusDays(1), "已整改"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("rectifiedOn");
		this.api.rectify(id, "{\"rectifiedOn\": \"" + today + "\", \"note\": \"" + "记".repeat(1001) + "\"}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("note");
		this.api.rectify(id, "{\"rectifiedOn\": 20200210}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("rectifiedOn");
		this.api.rectify(id, "{\"note\": \"已整改\"}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("rectifiedOn");

		assertThat(this.api.statusOf(id)).isEqualTo("OPEN");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");
	}

	@Test
	void anUnknownIssueIsNotFoundAndAnIdThatIsNotAUuidIsABadRequest() {
		String rectification = InspectionApi.rectification(this.clock.today(), "已整改");

		this.api.rectify(UUID.randomUUID(), rectification)
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.api.post(InspectionApi.ISSUES + "/not-a-uuid/rectification", IdentityTokens.operator(), rectification)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("issueId");
	}

	@Test
	void onlyAnOperatorOrAnAdminRectifies() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today, today.plusDays(1));
		String rectification = InspectionApi.rectification(today, "已整改");

		this.api.post(InspectionApi.rectification(id), IdentityTokens.viewer(), rectification)
			.expectStatus()
			.isForbidden();
		this.api.post(InspectionApi.rectification(id), IdentityTokens.checkpoint("*"), rectification)
			.expectStatus()
			.isForbidden();
		this.api.client()
			.post()
			.uri(InspectionApi.rectification(id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(rectification)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.statusOf(id)).isEqualTo("OPEN");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");

		this.api.post(InspectionApi.rectification(id), IdentityTokens.admin(), rectification).expectStatus().isOk();
	}

	@Test
	void anOverdueIssueIsRectifiedAndKeepsTheDayItBecameOverdue() {
		LocalDate deadline = this.clock.today();
		UUID id = this.api.recordIssue(deadline.minusDays(2), deadline);
		this.clock.moveTo(deadline.plusDays(1).atStartOfDay().plusSeconds(1));
		await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(this.api.statusOf(id)));

		this.api.rectify(id, InspectionApi.rectification(deadline.plusDays(1), "逾期后整改完毕"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RECTIFIED");

		assertThat(this.api.statusOf(id)).isEqualTo("RECTIFIED");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1", "IssueOverdue.v1",
				"IssueRectified.v1");
		this.api.get(InspectionApi.ISSUES + "?status=RECTIFIED&region=临河区", IdentityTokens.operator())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.issueId == '%s')].overdueOn".formatted(id))
			.isEqualTo(deadline.plusDays(1).toString())
			.jsonPath("$[?(@.issueId == '%s')].rectifiedOn".formatted(id))
			.isEqualTo(deadline.plusDays(1).toString());
	}

}
