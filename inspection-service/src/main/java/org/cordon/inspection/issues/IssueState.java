package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.inspection.issues.domain.IssueStatus;

/**
 * An issue as {@code GET /api/inspections/issues} lists it: what was found, where it
 * stands, and when it was rectified (with the note) or found overdue. An issue rectified
 * after it became overdue keeps its {@code overdueOn}.
 */
record IssueState(UUID issueId, String team, String region, String site, String responsibleUnit, String category,
		String description, LocalDate foundOn, LocalDate deadline, IssueStatus status, LocalDate rectifiedOn,
		String note, LocalDate overdueOn) {

}
