package org.cordon.checkpoint.counts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.checkpoint.CheckpointIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

class BatchImportIT extends CheckpointIntegrationTest {

	static final Instant DAY_1 = Instant.parse("2020-01-22T16:00:00Z");

	UUID checkpoint;

	@BeforeEach
	void registerACheckpoint() {
		this.checkpoint = this.api.registerCheckpoint("临河火车站");
	}

	@Test
	void eachReportOfABatchIsAppliedOrRejectedOnItsOwnInOneCall() {
		String earlier = CheckpointApi.report(UUID.randomUUID(), day(0), day(1), 0);
		this.api.postCounts(this.checkpoint, earlier).expectStatus().isAccepted();
		UUID fresh = UUID.randomUUID();
		UUID correction = UUID.randomUUID();
		UUID invalid = UUID.randomUUID();
		UUID overlapping = UUID.randomUUID();
		String batch = """
				{"reports": [%s, %s, %s, %s, %s, %s]}""".formatted(CheckpointApi.report(fresh, day(1), day(2), 0),
				earlier, CheckpointApi.report(correction, day(0), day(1), 5),
				CheckpointApi.report(invalid, day(2), day(3), 0)
					.replace("\"feverDetected\": 0", "\"feverDetected\": -1"),
				CheckpointApi.report(UUID.randomUUID(), day(3), day(4), 0).replace("\"trains\": 21", "\"trains\": 1.5"),
				CheckpointApi.report(overlapping, day(1).plusSeconds(60), day(2).plusSeconds(60), 0));

		this.api.post(batchPath(), IdentityTokens.checkpoint(this.checkpoint.toString()), batch)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1)
			.jsonPath("$.corrected")
			.isEqualTo(1)
			.jsonPath("$.duplicates")
			.isEqualTo(1)
			.jsonPath("$.rejected")
			.isEqualTo(3)
			.jsonPath("$.results.length()")
			.isEqualTo(6)
			.jsonPath("$.results[0].status")
			.isEqualTo("ACCEPTED")
			.jsonPath("$.results[0].reportId")
			.isEqualTo(fresh.toString())
			.jsonPath("$.results[1].status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.results[2].status")
			.isEqualTo("CORRECTED")
			.jsonPath("$.results[2].revision")
			.isEqualTo(2)
			.jsonPath("$.results[3].status")
			.isEqualTo("REJECTED")
			.jsonPath("$.results[3].reportId")
			.isEqualTo(invalid.toString())
			.jsonPath("$.results[3].problem.status")
			.isEqualTo(400)
			.jsonPath("$.results[3].problem.errors[0].field")
			.isEqualTo("feverDetected")
			.jsonPath("$.results[4].problem.errors[0].field")
			.isEqualTo("trains")
			.jsonPath("$.results[5].problem.status")
			.isEqualTo(409);

		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1",
				"CountsReported.v1", "CountsReported.v1", "CountsReported.v1");
	}

	@Test
	void aThousandReportsAreImportedInOneCall() {
		String reports = IntStream.range(0, 1000)
			.mapToObj((hour) -> CheckpointApi.report(UUID.randomUUID(), DAY_1.plus(Duration.ofHours(hour)),
					DAY_1.plus(Duration.ofHours(hour + 1)), 0))
			.collect(Collectors.joining(",", "{\"reports\": [", "]}"));

		this.api.post(batchPath(), IdentityTokens.checkpoint(this.checkpoint.toString()), reports)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.accepted")
			.isEqualTo(1000);

		assertThat(this.api.publishedFor(this.checkpoint)).hasSize(1001);
	}

	@Test
	void moreThanAThousandReportsAreRefusedWhole() {
		String reports = IntStream.range(0, 1001)
			.mapToObj((hour) -> CheckpointApi.report(UUID.randomUUID(), DAY_1.plus(Duration.ofHours(hour)),
					DAY_1.plus(Duration.ofHours(hour + 1)), 0))
			.collect(Collectors.joining(",", "{\"reports\": [", "]}"));

		this.api.post(batchPath(), IdentityTokens.checkpoint(this.checkpoint.toString()), reports)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reports");

		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");
	}

	private String batchPath() {
		return "/api/checkpoints/" + this.checkpoint + "/counts/batch";
	}

	private static Instant day(int n) {
		return DAY_1.plus(Duration.ofDays(n));
	}

}
