package org.cordon.inspection.overdue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import org.cordon.inspection.InspectionApi;
import org.cordon.inspection.InspectionInstance;
import org.cordon.inspection.InspectionIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas on one database and broker, sharing one clock, both checking every few
 * hundred milliseconds and a few more times on demand, all at once: when the clock
 * crosses midnight, each issue that missed its deadline is announced overdue exactly
 * once, and no other issue is.
 */
class TwoInstancesOverdueIT extends InspectionIntegrationTest {

	static InspectionInstance second;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	OverdueCheck check;

	@BeforeEach
	void startASecondInstanceOnTheSameDatabaseAndBroker() {
		if (second == null) {
			second = InspectionInstance.on(InspectionInstance.infrastructureOf(this.context), this.clock,
					Map.of("cordon.inspection.overdue-check-interval", "150ms"));
		}
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void crossingMidnightAnnouncesEachLateIssueOverdueExactlyOnce() {
		LocalDate day = this.clock.today();
		this.clock.moveTo(day.atTime(23, 59, 59));
		List<InspectionApi> instances = List.of(this.api, second.api());
		List<UUID> late = new ArrayList<>();
		List<UUID> notYetLate = new ArrayList<>();
		List<UUID> rectified = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			InspectionApi instance = instances.get(i % 2);
			late.add(instance.recordIssue(day.minusDays(2), day));
			notYetLate.add(instance.recordIssue(day.minusDays(2), day.plusDays(1)));
		}
		for (int i = 0; i < 2; i++) {
			UUID issue = instances.get(i).recordIssue(day.minusDays(1), day);
			instances.get(1 - i).rectifyOn(issue, day);
			rectified.add(issue);
		}

		checkOnBothInstancesAtOnce();
		assertThat(late).allSatisfy((issue) -> assertThat(this.api.statusOf(issue)).isEqualTo("OPEN"));

		this.clock.moveTo(day.plusDays(1).atStartOfDay());
		checkOnBothInstancesAtOnce();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> late.stream().allMatch((issue) -> "OVERDUE".equals(this.api.statusOf(issue))));
		checkOnBothInstancesAtOnce();

		for (UUID issue : late) {
			List<JsonNode> overdue = this.api.published(issue, "IssueOverdue.v1");
			assertThat(overdue).as("IssueOverdue of %s", issue).hasSize(1);
			assertThat(overdue.get(0).get("deadline").asString()).isEqualTo(day.toString());
			assertThat(overdue.get(0).get("detectedOn").asString()).isEqualTo(day.plusDays(1).toString());
		}
		for (UUID issue : notYetLate) {
			assertThat(this.api.statusOf(issue)).isEqualTo("OPEN");
			assertThat(this.api.typesPublishedFor(issue)).containsExactly("IssueFound.v1");
		}
		for (UUID issue : rectified) {
			assertThat(this.api.statusOf(issue)).isEqualTo("RECTIFIED");
			assertThat(this.api.typesPublishedFor(issue)).containsExactly("IssueFound.v1", "IssueRectified.v1");
		}
	}

	/**
	 * Runs the check several times on each instance concurrently, besides the periodic
	 * runs, so that the instances really compete for the same rows.
	 */
	private void checkOnBothInstancesAtOnce() {
		OverdueCheck other = second.overdueCheck();
		Flux.merge(this.check.run(), other.run(), this.check.run(), other.run(), this.check.run(), other.run())
			.then()
			.block(Duration.ofSeconds(30));
	}

}
