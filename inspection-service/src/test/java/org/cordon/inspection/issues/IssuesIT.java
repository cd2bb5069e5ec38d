package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import org.cordon.inspection.InspectionApi;
import org.cordon.inspection.InspectionIntegrationTest;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class IssuesIT extends InspectionIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anOperatorRecordsAnIssueWhichIsStoredOpenAndPublishedKeyedByIssue() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();

		this.api.postIssue(InspectionApi.issue(id, "临河区", today.minusDays(1), today.plusDays(2)))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.issueId")
			.isEqualTo(id.toString())
			.jsonPath("$.status")
			.isEqualTo("CREATED")
			.jsonPath("$.deadline")
			.isEqualTo(today.plusDays(2).toString());

		assertThat(this.api.statusOf(id)).isEqualTo("OPEN");
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(id);
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> found = records.get(0);
		assertThat(found.key()).isEqualTo(id.toString());
		assertThat(TopicRecords.header(found, CloudEventHeaders.TYPE)).isEqualTo("cordon.inspection.IssueFound.v1");
		assertThat(TopicRecords.header(found, CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
		assertThat(TopicRecords.header(found, CloudEventHeaders.SOURCE)).isEqualTo("/cordon/inspection-service");
		assertThat(TopicRecords.header(found, CloudEventHeaders.ACTOR)).isEqualTo("key:test-operator (test operator)");
		JsonNode data = this.json.readTree(found.value());
		assertThat(data.get("site").asString()).isEqualTo("某超市");
		assertThat(data.get("category").asString()).isEqualTo("未按要求测温登记");
		assertThat(data.get("foundOn").asString()).isEqualTo(today.minusDays(1).toString());
		assertThat(data.get("deadline").asString()).isEqualTo(today.plusDays(2).toString());
	}

	@Test
	void theSameIssueAgainIsADuplicateAndOtherContentUnderItsIdAConflict() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();
		String issue = InspectionApi.issue(id, "临河区", today, today.plusDays(3));

		this.api.postIssue(issue).expectStatus().isCreated();
		this.api.postIssue(issue.replace("\"某超市\"", "\"  某超市 \""))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.site")
			.isEqualTo("某超市");
		this.api.postIssue(InspectionApi.issue(id, "临河区", today, today.plusDays(4)))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.api.rows("issues", "issue_id", id)).isEqualTo(1);
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");
	}

	@Test
	void aDeadlineBeforeTheDayFoundIsRefusedAndNothingIsStoredOrPublished() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();

		this.api.postIssue(InspectionApi.issue(id, "临河区", today, today.minusDays(1)))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("deadline");

		assertThat(this.api.rows("issues", "issue_id", id)).isZero();
		assertThat(this.api.rows("client_ids", "client_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(id)).isEmpty();
	}

	@Test
	void invalidFieldsAreRefusedNamingTheField() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();
		String valid = InspectionApi.issue(id, "临河区", today, today.plusDays(1));

		for (String[] body : new String[][] { { valid.replace("\"某超市\"", "\" \""), "site" },
				{ valid.replace("\"某超市\"", "\"" + "店".repeat(201) + "\""), "site" },
				{ valid.replace("\"临河区\"", "42"), "region" },
				{ valid.replace("\"" + today + "\"", "\"" + today.plusDays(1) + "\""), "foundOn" },
				{ valid.replace("\"" + today + "\"", "\"2020-02-30\""), "foundOn" },
				{ valid.replace("\"" + id + "\"", "\"not-a-uuid\""), "issueId" },
				{ valid.replace("\"category\"", "\"kategorie\""), "kategorie" },
				{ valid.replace("\"description\": \"入口未设体温检测点，进出人员未登记\", ", ""), "description" } }) {
			this.api.postIssue(body[0])
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(body[1]);
		}
		this.api.client()
			.post()
			.uri(InspectionApi.ISSUES)
			.header(IdentityTokens.HEADER, IdentityTokens.operator())
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest();

		assertThat(this.api.rows("issues", "issue_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(id)).isEmpty();
	}

	@Test
	void onlyAnOperatorOrAnAdminRecordsAndListsIssues() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();
		String issue = InspectionApi.issue(id, "临河区", today, today.plusDays(1));

		this.api.post(InspectionApi.ISSUES, IdentityTokens.viewer(), issue).expectStatus().isForbidden();
		this.api.post(InspectionApi.ISSUES, IdentityTokens.checkpoint("*"), issue).expectStatus().isForbidden();
		this.api.client()
			.post()
			.uri(InspectionApi.ISSUES)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(issue)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.api.get(InspectionApi.ISSUES, IdentityTokens.viewer()).expectStatus().isForbidden();
		this.api.client().get().uri(InspectionApi.ISSUES).exchange().expectStatus().isUnauthorized();
		assertThat(this.api.rows("issues", "issue_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(id)).isEmpty();

		this.api.post(InspectionApi.ISSUES, IdentityTokens.admin(), issue).expectStatus().isCreated();
		this.api.get(InspectionApi.ISSUES, IdentityTokens.admin()).expectStatus().isOk();
	}

	@Test
	void issuesAreListedWithTheirStateByStatusAndRegion() {
		String region = "磴口县-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = this.clock.today();
		UUID open = UUID.randomUUID();
		UUID rectified = UUID.randomUUID();
		UUID elsewhere = UUID.randomUUID();
		this.api.postIssue(InspectionApi.issue(open, region, today.minusDays(2), today.plusDays(1)))
			.expectStatus()
			.isCreated();
		this.api.postIssue(InspectionApi.issue(rectified, region, today.minusDays(1), today.plusDays(1)))
			.expectStatus()
			.isCreated();
		this.api.postIssue(InspectionApi.issue(elsewhere, region + "外", today, today.plusDays(1)))
			.expectStatus()
			.isCreated();
		this.api.rectifyOn(rectified, today);

		this.api.get(InspectionApi.ISSUES + "?region=" + region, IdentityTokens.operator())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].issueId")
			.isEqualTo(open.toString())
			.jsonPath("$[0].status")
			.isEqualTo("OPEN")
			.jsonPath("$[0].responsibleUnit")
			.isEqualTo("某超市经营者")
			.jsonPath("$[0].rectifiedOn")
			.isEmpty()
			.jsonPath("$[1].issueId")
			.isEqualTo(rectified.toString())
			.jsonPath("$[1].status")
			.isEqualTo("RECTIFIED")
			.jsonPath("$[1].rectifiedOn")
			.isEqualTo(today.toString())
			.jsonPath("$[1].note")
			.isEqualTo("已整改")
			.jsonPath("$[1].overdueOn")
			.isEmpty();
		this.api.get(InspectionApi.ISSUES + "?status=RECTIFIED&region=" + region, IdentityTokens.operator())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].issueId")
			.isEqualTo(rectified.toString());
		this.api.get(InspectionApi.ISSUES + "?status=OVERDUE&region=" + region, IdentityTokens.operator())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void anUnknownStatusIsABadRequestNamingStatus() {
		this.api.get(InspectionApi.ISSUES + "?status=CLOSED", IdentityTokens.operator())
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		this.api.get(InspectionApi.ISSUES + "?status=open", IdentityTokens.operator()).expectStatus().isBadRequest();
	}

}
