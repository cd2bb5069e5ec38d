package org.cordon.inspection.issues.domain;

import java.time.LocalDate;
import java.util.List;

import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A rectification names the day it was done, which has come; a note of what was done is
 * optional. How it relates to the issue is {@link Issue#rectify}.
 */
public final class RectificationRules {

	public static final int MAX_NOTE = 1000;

	private RectificationRules() {
	}

	public static List<Violation> check(LocalDate rectifiedOn, String note, LocalDate today) {
		Violations violations = new Violations();
		if (violations.present(rectifiedOn, "rectifiedOn")) {
			Days.notAfterToday(violations, rectifiedOn, "rectifiedOn", today);
		}
		violations.optionalText(note, "note", MAX_NOTE);
		return violations.list();
	}

}
