package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * The record each inspection golden sample must read as, by type name.
 */
public final class InspectionSamples {

	static final UUID ISSUE = UUID.fromString("5d1f0c8a-7e2b-4a39-b6c4-2e8f1a9d3b70");

	public static final Map<String, DomainEvent> EXPECTED = Map.of(IssueFound.TYPE,
			new IssueFound(ISSUE, "市疫情防控督查组第二组", "临河区", "某超市", "某超市经营者", "未按要求测温登记", "入口未设体温检测点，进出人员未登记",
					LocalDate.parse("2020-02-06"), LocalDate.parse("2020-02-08")),
			IssueRectified.TYPE, new IssueRectified(ISSUE, LocalDate.parse("2020-02-07"), "已设立测温点并安排专人登记"),
			IssueOverdue.TYPE, new IssueOverdue(ISSUE, LocalDate.parse("2020-02-08"), LocalDate.parse("2020-02-09")),
			AccountabilityImposed.TYPE,
			new AccountabilityImposed(UUID.fromString("b7e4c2a1-3f5d-4e6b-9a8c-0d1e2f3a4b5c"), ISSUE, "某镇党委副书记",
					AccountabilityKind.ADMONITION_TALK, LocalDate.parse("2020-02-10")));

	private InspectionSamples() {
	}

}
