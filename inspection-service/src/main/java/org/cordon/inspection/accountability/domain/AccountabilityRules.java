package org.cordon.inspection.accountability.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * An accountability action names the official held to account (a position and a name, as
 * the bulletins publish them), how, and the day, which has come. When it answers an
 * issue, it cannot be older than the issue.
 */
public final class AccountabilityRules {

	public static final int MAX_SUBJECT = 100;

	private AccountabilityRules() {
	}

	public static List<Violation> check(UUID actionId, String subject, AccountabilityKind kind, LocalDate on,
			LocalDate today) {
		Violations violations = new Violations();
		violations.present(actionId, "actionId");
		violations.text(subject, "subject", MAX_SUBJECT);
		violations.present(kind, "kind");
		if (violations.present(on, "on")) {
			violations.check(!on.isAfter(today), "on", "must not be after today (" + today + ")");
		}
		return violations.list();
	}

	/**
	 * The rule between an action and the issue it answers.
	 * @param on the day of the action
	 * @param issueFoundOn the day the issue was found
	 * @return the violations, empty when the action may answer the issue
	 */
	public static List<Violation> forIssueFoundOn(LocalDate on, LocalDate issueFoundOn) {
		return new Violations()
			.check(!on.isBefore(issueFoundOn), "on", "must not be before the issue was found (" + issueFoundOn + ")")
			.list();
	}

}
