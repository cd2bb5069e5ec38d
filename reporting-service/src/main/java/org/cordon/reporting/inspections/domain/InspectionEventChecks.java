package org.cordon.reporting.inspections.domain;

import java.util.ArrayList;
import java.util.List;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;

/**
 * What an inspection event must carry before the ledger applies it: JSON that reads into
 * a record may still miss a field the ledger counts by, and such an event is refused
 * (dead-lettered), never guessed at.
 */
public final class InspectionEventChecks {

	private InspectionEventChecks() {
	}

	/**
	 * @param event a decoded event
	 * @return what is wrong with it; empty when the ledger can apply it
	 */
	public static List<String> problems(InspectionEvent event) {
		List<String> problems = new ArrayList<>();
		if (event instanceof IssueFound found) {
			required(problems, found.issueId(), "issueId");
			required(problems, found.region(), "region");
		}
		else if (event instanceof IssueRectified rectified) {
			required(problems, rectified.issueId(), "issueId");
		}
		else if (event instanceof IssueOverdue overdue) {
			required(problems, overdue.issueId(), "issueId");
		}
		else if (event instanceof AccountabilityImposed imposed) {
			required(problems, imposed.getActionId(), "actionId");
			required(problems, imposed.getKind(), "kind");
		}
		return problems;
	}

	private static void required(List<String> problems, Object value, String field) {
		if (value == null) {
			problems.add(field + " is missing");
		}
	}

}
