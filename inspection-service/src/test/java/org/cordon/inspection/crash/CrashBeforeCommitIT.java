package org.cordon.inspection.crash;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cordon.inspection.InspectionApi;
import org.cordon.inspection.InspectionIntegrationTest;
import org.cordon.inspection.overdue.OverdueCheck;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failure after the state change and before the commit (here: the outbox insert fails)
 * leaves neither the change nor an event, and the same request succeeds once the failure
 * is gone.
 */
class CrashBeforeCommitIT extends InspectionIntegrationTest {

	static final String MARKER = "simulated-crash";

	@Autowired
	OverdueCheck overdueCheck;

	@Test
	void recordingAnIssueThatCannotBeAnnouncedLeavesNothing() {
		UUID id = UUID.randomUUID();
		LocalDate today = this.clock.today();
		String issue = InspectionApi.issue(id, "临河区", today, today.plusDays(2)).replace("某超市经营者", MARKER);

		FailingOutbox failing = FailingOutbox.whereRow(this.database, "new.payload like '%" + MARKER + "%'");
		try {
			this.api.postIssue(issue).expectStatus().is5xxServerError();
		}
		finally {
			failing.close();
		}

		assertThat(this.api.rows("issues", "issue_id", id)).isZero();
		assertThat(this.api.rows("client_ids", "client_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(id)).isEmpty();
		this.api.postIssue(issue).expectStatus().isCreated();
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");
	}

	@Test
	void aRectificationThatCannotBeAnnouncedLeavesTheIssueOpen() {
		LocalDate today = this.clock.today();
		UUID id = this.api.recordIssue(today.minusDays(1), today.plusDays(2));
		String rectification = InspectionApi.rectification(today, MARKER);

		FailingOutbox failing = FailingOutbox.whereRow(this.database, "new.payload like '%" + MARKER + "%'");
		try {
			this.api.rectify(id, rectification).expectStatus().is5xxServerError();
		}
		finally {
			failing.close();
		}

		assertThat(this.api.statusOf(id)).isEqualTo("OPEN");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");
		this.api.rectify(id, rectification)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RECTIFIED");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1", "IssueRectified.v1");
	}

	@Test
	void anAccountabilityActionThatCannotBeAnnouncedLeavesNothing() {
		UUID action = UUID.randomUUID();
		String body = InspectionApi.accountability(action, null, "PUBLIC_CRITICISM", this.clock.today())
			.replace("某镇党委副书记", MARKER);

		FailingOutbox failing = FailingOutbox.whereRow(this.database, "new.payload like '%" + MARKER + "%'");
		try {
			this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.operator(), body)
				.expectStatus()
				.is5xxServerError();
		}
		finally {
			failing.close();
		}

		assertThat(this.api.rows("accountability_actions", "action_id", action)).isZero();
		assertThat(this.api.rows("client_ids", "client_id", action)).isZero();
		assertThat(this.api.typesPublishedFor(action)).isEmpty();
		this.api.post(InspectionApi.ACCOUNTABILITY, IdentityTokens.operator(), body).expectStatus().isCreated();
	}

	@Test
	void anOverdueCheckThatCannotAnnounceLeavesTheIssueOpenAndALaterRunMarksItOnce() {
		LocalDate deadline = this.clock.today();
		UUID id = this.api.recordIssue(deadline.minusDays(1), deadline);

		FailingOutbox failing = FailingOutbox.whereRow(this.database,
				"new.event_type = 'cordon.inspection.IssueOverdue.v1' and new.event_key = '" + id + "'");
		try {
			this.clock.moveTo(deadline.plusDays(1).atStartOfDay());
			await().atMost(Duration.ofSeconds(30)).until(this::aCheckFailsOnTheSimulatedCrash);
			assertThat(this.api.statusOf(id)).isEqualTo("OPEN");
			assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1");
		}
		finally {
			failing.close();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(this.api.statusOf(id)));
		assertThat(this.api.typesPublishedFor(id)).containsExactly("IssueFound.v1", "IssueOverdue.v1");
	}

	/**
	 * Runs a check; the periodic one may hold the issue at that moment, so the test asks
	 * until a run of its own met the failure.
	 */
	private boolean aCheckFailsOnTheSimulatedCrash() {
		try {
			this.overdueCheck.run().block();
			return false;
		}
		catch (RuntimeException ex) {
			return String.valueOf(ex.getMessage()).contains("simulated crash");
		}
	}

}
