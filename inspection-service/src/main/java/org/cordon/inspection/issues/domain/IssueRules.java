package org.cordon.inspection.issues.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * An issue names the team that found it, where, the unit responsible, what is wrong, the
 * day it was found (not after today) and a deadline not before that day. Category and
 * description are free text, as the teams write them.
 */
public final class IssueRules {

	public static final int MAX_TEAM = 100;

	public static final int MAX_REGION = 50;

	public static final int MAX_SITE = 200;

	public static final int MAX_RESPONSIBLE_UNIT = 200;

	public static final int MAX_CATEGORY = 100;

	public static final int MAX_DESCRIPTION = 2000;

	private IssueRules() {
	}

	/**
	 * Every rule the issue breaks.
	 * @param issue the posted fields, any of them may be null
	 * @param today the current day in the platform's time zone
	 * @return the violations, empty when the issue is valid
	 */
	public static List<Violation> check(Draft issue, LocalDate today) {
		Violations violations = new Violations();
		violations.present(issue.issueId(), "issueId");
		violations.text(issue.team(), "team", MAX_TEAM)
			.text(issue.region(), "region", MAX_REGION)
			.text(issue.site(), "site", MAX_SITE)
			.text(issue.responsibleUnit(), "responsibleUnit", MAX_RESPONSIBLE_UNIT)
			.text(issue.category(), "category", MAX_CATEGORY)
			.text(issue.description(), "description", MAX_DESCRIPTION);
		if (violations.present(issue.foundOn(), "foundOn")) {
			Days.notAfterToday(violations, issue.foundOn(), "foundOn", today);
		}
		if (violations.present(issue.deadline(), "deadline") && issue.foundOn() != null) {
			violations.check(!issue.deadline().isBefore(issue.foundOn()), "deadline", "must not be before foundOn");
		}
		return violations.list();
	}

	/**
	 * An issue as posted, before it is known to be valid.
	 */
	public record Draft(UUID issueId, String team, String region, String site, String responsibleUnit, String category,
			String description, LocalDate foundOn, LocalDate deadline) {

	}

}
