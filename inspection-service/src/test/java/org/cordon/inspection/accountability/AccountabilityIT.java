package org.cordon.inspection.accountability;

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

class AccountabilityIT extends InspectionIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anActionForAnIssueIsRecordedAndPublishedKeyedByTheAction() {
		LocalDate today = this.clock.today();
		UUID issue = this.api.recordIssue(today.minusDays(5), today.plusDays(1));
		UUID action = UUID.randomUUID();

		post(InspectionApi.accountability(action, issue, "ADMONITION_TALK", today)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.actionId")
			.isEqualTo(action.toString())
			.jsonPath("$.issueId")
			.isEqualTo(issue.toString())
			.jsonPath("$.subject")
			.isEqualTo("某镇党委副书记")
			.jsonPath("$.kind")
			.isEqualTo("ADMONITION_TALK")
			.jsonPath("$.status")
			.isEqualTo("CREATED");

		assertThat(this.api.rows("accountability_actions", "action_id", action)).isEqualTo(1);
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(action);
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> imposed = records.get(0);
		assertThat(imposed.key()).isEqualTo(action.toString());
		assertThat(TopicRecords.header(imposed, CloudEventHeaders.TYPE))
			.isEqualTo("cordon.inspection.AccountabilityImposed.v1");
		assertThat(TopicRecords.header(imposed, CloudEventHeaders.SUBJECT)).isEqualTo(action.toString());
		JsonNode data = this.json.readTree(imposed.value());
		assertThat(data.get("actionId").asString()).isEqualTo(action.toString());
		assertThat(data.get("issueId").asString()).isEqualTo(issue.toString());
		assertThat(data.get("subject").asString()).isEqualTo("某镇党委副书记");
		assertThat(data.get("kind").asString()).isEqualTo("ADMONITION_TALK");
		assertThat(data.get("on").asString()).isEqualTo(today.toString());
		assertThat(this.api.typesPublishedFor(issue)).as("the issue's own events are untouched")
			.containsExactly("IssueFound.v1");
	}

	@Test
	void anActionForNoIssueIsRecordedWithANullIssue() {
		UUID action = UUID.randomUUID();

		post(InspectionApi.accountability(action, null, "DISMISSAL", this.clock.today())).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.issueId")
			.isEmpty();

		JsonNode data = this.json.readTree(this.api.publishedFor(action).get(0).value());
		assertThat(data.get("issueId").isNull()).isTrue();
		assertThat(data.get("kind").asString()).isEqualTo("DISMISSAL");
	}

	@Test
	void theSameActionAgainIsADuplicateAndOtherContentUnderItsIdAConflict() {
		UUID action = UUID.randomUUID();
		LocalDate today = this.clock.today();
		String body = InspectionApi.accountability(action, null, "PUBLIC_CRITICISM", today);
		post(body).expectStatus().isCreated();

		post(body).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DUPLICATE");
		post(InspectionApi.accountability(action, null, "REMINDER_TALK", today)).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.api.rows("accountability_actions", "action_id", action)).isEqualTo(1);
		assertThat(this.api.typesPublishedFor(action)).containsExactly("AccountabilityImposed.v1");
	}

	@Test
	void anUnknownIssueIsNotFoundNamingTheFieldAndNothingIsRecorded() {
		UUID action = UUID.randomUUID();

		post(InspectionApi.accountability(action, UUID.randomUUID(), "DISMISSAL", this.clock.today())).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("issueId");

		assertThat(this.api.rows("accountability_actions", "action_id", action)).isZero();
		assertThat(this.api.rows("client_ids", "client_id", action)).isZero();
		assertThat(this.api.typesPublishedFor(action)).isEmpty();
	}

	@Test
	void invalidActionsAreRefusedNamingTheFieldAndNothingIsRecorded() {
		UUID action = UUID.randomUUID();
		LocalDate today = this.clock.today();
		UUID issue = this.api.recordIssue(today.minusDays(1), today.plusDays(1));
		String valid = InspectionApi.accountability(action, null, "DISMISSAL", today);

		for (String[] body : new String[][] { { valid.replace("DISMISSAL", "FIRED"), "kind" },
				{ valid.replace("\"某镇党委副书记\"", "\"  \""), "subject" },
				{ valid.replace("\"某镇党委副书记\"", "\"" + "某".repeat(101) + "\""), "subject" },
				{ valid.replace("\"某镇党委副书记\"", "7"), "subject" },
				{ InspectionApi.accountability(action, null, "DISMISSAL", today.plusDays(1)), "on" },
				{ InspectionApi.accountability(action, issue, "DISMISSAL", today.minusDays(2)), "on" },
				{ valid.replace("\"issueId\": null", "\"issueId\": \"42\""), "issueId" },
				{ valid.replace("\"actionId\": \"" + action + "\", ", ""), "actionId" } }) {
			post(body[0]).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(body[1]);
		}

		assertThat(this.api.rows("accountability_actions", "action_id", action)).isZero();
		assertThat(this.api.rows("client_ids", "client_id", action)).isZero();
		assertThat(this.api.typesPublishedFor(action)).isEmpty();
	}

	@Test
	void onlyAnOperatorOrAnAdminRecordsActions() {
		UUID action = UUID.randomUUID();
		String body = InspectionApi.accountability(action, null, "DISCIPLINARY_SANCTION", this.clock.today());

		this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.viewer(), body).expectStatus().isForbidden();
		this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.checkpoint("*"), body).expectStatus().isForbidden();
		this.api.client()
			.post()
			.uri(InspectionApi.ACCOUNTABILITY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.rows("accountability_actions", "action_id", action)).isZero();
		assertThat(this.api.typesPublishedFor(action)).isEmpty();

		this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.admin(), body).expectStatus().isCreated();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String body) {
		return this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.operator(), body);
	}

}
