package org.cordon.reporting.bulletin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.reporting.bulletin.domain.InspectionDayChanges.ActionDay;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionDayChangesTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant ENTERED_IN_2026 = Instant.parse("2026-11-30T09:00:00Z");

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void anIssuesDaysComeFromItsEventsAndOverdueTellsNothing() {
		UUID issue = UUID.randomUUID();
		InspectionDayChanges changes = new InspectionDayChanges(SHANGHAI)
			.add(new IssueFound(issue, "督查组", "临河区", "某小区", "某社区", "测温登记", "未测温", FEB_4.minusDays(3),
					FEB_4.minusDays(1)), ENTERED_IN_2026)
			.add(new IssueOverdue(issue, FEB_4.minusDays(1), FEB_4), ENTERED_IN_2026)
			.add(new IssueRectified(issue, null, "已整改"), Instant.parse("2020-02-03T16:00:00Z"));

		assertThat(changes.issues())
			.containsExactly(new IssueDays(issue, "临河区", FEB_4.minusDays(3), FEB_4.minusDays(1), FEB_4));
		assertThat(InspectionDayChanges.matters(new IssueOverdue(issue, FEB_4, FEB_4))).isFalse();
	}

	@Test
	void anActionIsKeptOnceOnItsDayWithoutTheOfficial() {
		UUID action = UUID.randomUUID();
		InspectionDayChanges changes = new InspectionDayChanges(SHANGHAI)
			.add(new AccountabilityImposed(action, null, "某镇副镇长", AccountabilityKind.DISMISSAL, FEB_4), ENTERED_IN_2026)
			.add(new AccountabilityImposed(action, null, "某镇副镇长", AccountabilityKind.DISMISSAL, FEB_4),
					ENTERED_IN_2026);

		assertThat(changes.actions()).containsExactly(new ActionDay(action, null, AccountabilityKind.DISMISSAL, FEB_4));
	}

}
