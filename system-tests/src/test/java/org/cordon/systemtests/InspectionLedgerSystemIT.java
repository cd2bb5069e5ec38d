package org.cordon.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspection ledger of the bulletins ("found 64, rectified 53, in progress 11"), kept
 * through the gateway until every item is closed.
 */
class InspectionLedgerSystemIT {

	static final String OPERATOR = "dev-operator-key";

	static Gateway gateway;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
	}

	@Test
	void sixtyFourFoundAndFiftyThreeRectifiedLeaveElevenInProgress() {
		// a region of this test's own, so that other tests' issues do not count
		String region = "乌拉特前旗-" + UUID.randomUUID().toString().substring(0, 8);
		List<UUID> issues = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			UUID issueId = UUID.randomUUID();
			issues.add(issueId);
			String issue = """
					{"issueId": "%s", "team": "市纪委监委第%d督查组", "region": "%s", "site": "某超市",
					 "responsibleUnit": "市场监管局", "category": "体温检测", "description": "未设置体温检测点",
					 "foundOn": "2020-02-01", "deadline": "2099-12-31"}""".formatted(issueId, i % 5 + 1, region);
			assertThat(Paced.send(() -> gateway.post("/api/inspections/issues", OPERATOR, issue)).getStatus())
				.isEqualTo(HttpStatus.CREATED);
		}
		for (UUID issueId : issues.subList(0, 53)) {
			assertThat(
					Paced.send(() -> gateway.post("/api/inspections/issues/" + issueId + "/rectification", OPERATOR, """
							{"rectifiedOn": "2020-02-03", "note": "已整改"}""")).getStatus())
				.isEqualTo(HttpStatus.OK);
		}
		gateway.post("/api/inspections/issues/" + issues.get(0) + "/rectification", OPERATOR, """
				{"rectifiedOn": "2020-02-04", "note": "再次整改"}""").expectStatus().isEqualTo(HttpStatus.CONFLICT);
		gateway
			.post("/api/inspections/issues", OPERATOR,
					"""
							{"issueId": "%s", "team": "督查组", "region": "%s", "site": "某小区", "responsibleUnit": "街道办",
							 "category": "封闭管理", "description": "出入口无人值守", "foundOn": "2020-02-05", "deadline": "2020-02-01"}"""
						.formatted(UUID.randomUUID(), region))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> gateway.get("/api/views/inspections/ledger?region=" + region, "dev-viewer-key")
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.found")
				.isEqualTo(64)
				.jsonPath("$.rectified")
				.isEqualTo(53)
				.jsonPath("$.inProgress")
				.isEqualTo(11)
				.jsonPath("$.overdue")
				.isEqualTo(0)
				.jsonPath("$.byRegion[0].region")
				.isEqualTo(region));
		gateway.get("/api/inspections/issues?status=OPEN&region=" + region, OPERATOR)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(11);
	}

}
