package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.checkpoint.CheckpointIntegrationTest;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class CountReportsIT extends CheckpointIntegrationTest {

	static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	static final Instant FEB_5 = Instant.parse("2020-02-04T16:00:00Z");

	static final Instant FEB_6 = Instant.parse("2020-02-05T16:00:00Z");

	final JsonMapper json = JsonMapper.builder().build();

	UUID checkpoint;

	@BeforeEach
	void registerACheckpoint() {
		this.checkpoint = this.api.registerCheckpoint("京藏高速临河出口");
	}

	@Test
	void aFirstReportIsAcceptedAsRevisionOneAndPublishedKeyedByCheckpoint() {
		UUID reportId = UUID.randomUUID();

		this.api.postCounts(this.checkpoint, CheckpointApi.report(reportId, FEB_4, FEB_5, 0))
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.reportId")
			.isEqualTo(reportId.toString())
			.jsonPath("$.revision")
			.isEqualTo(1)
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(this.checkpoint);
		assertThat(records).hasSize(2);
		ConsumerRecord<String, byte[]> reported = records.get(1);
		assertThat(reported.key()).isEqualTo(this.checkpoint.toString());
		assertThat(TopicRecords.header(reported, CloudEventHeaders.TYPE))
			.isEqualTo("cordon.checkpoint.CountsReported.v1");
		assertThat(TopicRecords.header(reported, CloudEventHeaders.SOURCE)).isEqualTo("/cordon/checkpoint-service");
		assertThat(TopicRecords.header(reported, CloudEventHeaders.ACTOR))
			.isEqualTo("key:test-checkpoint (test checkpoint)");
		JsonNode data = this.json.readTree(reported.value());
		assertThat(data.get("revision").asInt()).isEqualTo(1);
		assertThat(data.get("counts").get("vehiclesInspected").asInt()).isEqualTo(1048);
		assertThat(data.get("periodStart").asString()).isEqualTo("2020-02-03T16:00:00Z");
		assertThat(data.get("previousCounts").isNull()).isTrue();
	}

	@Test
	void aDuplicatePostAnswers200AndPublishesNothing() {
		String report = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0);
		this.api.postCounts(this.checkpoint, report).expectStatus().isAccepted();

		this.api.postCounts(this.checkpoint, report)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.revision")
			.isEqualTo(1);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1",
				"CountsReported.v1");
	}

	@Test
	void aCorrectionOfTheSamePeriodPublishesRevisionTwoWithThePreviousCounts() {
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0))
			.expectStatus()
			.isAccepted();
		String sameInstantsOtherOffset = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 8)
			.replace("2020-02-03T16:00:00Z", "2020-02-04T00:00:00+08:00")
			.replace("2020-02-04T16:00:00Z", "2020-02-05T00:00:00+08:00");

		this.api.postCounts(this.checkpoint, sameInstantsOtherOffset)
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CORRECTED")
			.jsonPath("$.revision")
			.isEqualTo(2);

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(this.checkpoint);
		assertThat(records).hasSize(3);
		JsonNode correction = this.json.readTree(records.get(2).value());
		assertThat(correction.get("revision").asInt()).isEqualTo(2);
		assertThat(correction.get("counts").get("vehiclesInspected").asInt()).isEqualTo(1056);
		assertThat(correction.get("previousCounts").get("vehiclesInspected").asInt()).isEqualTo(1048);
	}

	@Test
	void repostingASupersededReportUnchangedIsADuplicateOfItsRevision() {
		String first = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0);
		this.api.postCounts(this.checkpoint, first).expectStatus().isAccepted();
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 3))
			.expectStatus()
			.isAccepted();

		this.api.postCounts(this.checkpoint, first)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.revision")
			.isEqualTo(1);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).hasSize(3);
	}

	@Test
	void aReportIdReusedWithOtherContentIsAConflictAndPublishesNothing() {
		UUID reportId = UUID.randomUUID();
		this.api.postCounts(this.checkpoint, CheckpointApi.report(reportId, FEB_4, FEB_5, 0))
			.expectStatus()
			.isAccepted();

		this.api.postCounts(this.checkpoint, CheckpointApi.report(reportId, FEB_4, FEB_5, 1))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).hasSize(2);
	}

	@Test
	void anOverlappingPeriodIsAConflictButTouchingPeriodsAreNot() {
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0))
			.expectStatus()
			.isAccepted();

		this.api
			.postCounts(this.checkpoint,
					CheckpointApi.report(UUID.randomUUID(), FEB_4.plusSeconds(3600), FEB_5.plusSeconds(3600), 0))
			.expectStatus()
			.isEqualTo(409);
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), FEB_5, FEB_6, 0))
			.expectStatus()
			.isAccepted();

		assertThat(this.api.typesPublishedFor(this.checkpoint)).hasSize(3);
	}

	@Test
	void aPeriodThatOverlapsOnlyTheLastSecondOfTheLongestReportOnFileIsAConflict() {
		// the lookup finds the period on file that starts last before a new one, however
		// long it is
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0))
			.expectStatus()
			.isAccepted();

		this.api
			.postCounts(this.checkpoint,
					CheckpointApi.report(UUID.randomUUID(), FEB_5.minusSeconds(1), FEB_5.plusSeconds(3600), 0))
			.expectStatus()
			.isEqualTo(409);
		assertThat(
				batchStatus(CheckpointApi.report(UUID.randomUUID(), FEB_5.minusSeconds(1), FEB_5.plusSeconds(3600), 0)))
			.isEqualTo(409);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).hasSize(2);
	}

	@Test
	void aPeriodThatContainsReportsOnFileIsAConflictSingleAndInABatch() {
		this.api
			.postCounts(this.checkpoint,
					CheckpointApi.report(UUID.randomUUID(), FEB_5.plusSeconds(3600), FEB_5.plusSeconds(7200), 0))
			.expectStatus()
			.isAccepted();

		String containing = CheckpointApi.report(UUID.randomUUID(), FEB_5, FEB_6, 0);
		this.api.postCounts(this.checkpoint, containing).expectStatus().isEqualTo(409);
		assertThat(batchStatus(containing)).isEqualTo(409);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).hasSize(2);
	}

	@Test
	void instantsCountToTheMicrosecondSoAReportSentAgainWithNanosecondsFindsItsPeriod() {
		Instant start = Instant.parse("2020-02-04T16:00:00.000000172Z");
		Instant end = Instant.parse("2020-02-04T16:01:00.000000172Z");
		String first = CheckpointApi.report(UUID.randomUUID(), start, end, 0);
		this.api.postCounts(this.checkpoint, first).expectStatus().isAccepted();

		this.api.postCounts(this.checkpoint, first)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(), start, end, 3))
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CORRECTED")
			.jsonPath("$.revision")
			.isEqualTo(2);
		// the next minute, in other nanoseconds of that microsecond,
		// touches the first and does not overlap it
		this.api
			.postCounts(this.checkpoint, CheckpointApi.report(UUID.randomUUID(),
					Instant.parse("2020-02-04T16:01:00.000000999Z"), Instant.parse("2020-02-04T16:02:00Z"), 0))
			.expectStatus()
			.isAccepted();

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(this.checkpoint);
		assertThat(records).hasSize(4);
		assertThat(this.json.readTree(records.get(1).value()).get("periodStart").asString())
			.isEqualTo("2020-02-04T16:00:00Z");
	}

	private int batchStatus(String report) {
		String batch = this.api
			.post("/api/checkpoints/" + this.checkpoint + "/counts/batch",
					IdentityTokens.checkpoint(this.checkpoint.toString()), "{\"reports\": [" + report + "]}")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(batch).at("/results/0/problem/status").asInt();
	}

	@Test
	void anInvalidReportIsRefusedNamingTheFieldAndStoresAndPublishesNothing() {
		UUID reportId = UUID.randomUUID();
		String tooManyInbound = CheckpointApi.report(reportId, FEB_4, FEB_5, 0)
			.replace("\"vehiclesInbound\": 686", "\"vehiclesInbound\": 5000");

		this.api.postCounts(this.checkpoint, tooManyInbound)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("vehiclesInbound");

		assertThat(this.api.rows("count_reports", "report_id", reportId)).isZero();
		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");
	}

	@Test
	void wrongTypesAreRefusedNamingTheField() {
		String fractional = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0)
			.replace("\"trains\": 21", "\"trains\": 2.5");
		String textCount = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0)
			.replace("\"trains\": 21", "\"trains\": \"21\"");
		String noOffset = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0)
			.replace("2020-02-03T16:00:00Z", "2020-02-03T16:00:00");

		for (String[] body : new String[][] { { fractional, "trains" }, { textCount, "trains" },
				{ noOffset, "periodStart" } }) {
			this.api.postCounts(this.checkpoint, body[0])
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(body[1]);
		}
		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");
	}

	@Test
	void anUnknownCheckpointIsNotFound() {
		UUID unknown = UUID.randomUUID();

		this.api.postCounts(unknown, CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0))
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aCheckpointIdThatIsNotAUuidIsABadRequest() {
		this.api
			.post("/api/checkpoints/not-a-uuid/counts", IdentityTokens.checkpoint("*"),
					CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("checkpointId");
	}

	@Test
	void onlyACheckpointKeyScopedToThisCheckpointOrAnAdminMayPost() {
		String report = CheckpointApi.report(UUID.randomUUID(), FEB_4, FEB_5, 0);
		String path = "/api/checkpoints/" + this.checkpoint + "/counts";

		this.api.post(path, IdentityTokens.checkpoint(UUID.randomUUID().toString()), report)
			.expectStatus()
			.isForbidden();
		this.api.post(path, IdentityTokens.viewer(), report).expectStatus().isForbidden();
		this.api.post(path, IdentityTokens.operator(), report).expectStatus().isForbidden();
		this.api.client()
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(report)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");

		this.api.post(path, IdentityTokens.checkpoint("*"), report).expectStatus().isAccepted();
	}

}
