package org.cordon.inspection.issues;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/inspections/issues/{issueId}/rectification}; the note is
 * optional.
 */
record RectificationRequest(LocalDate rectifiedOn, String note) {

	/**
	 * @return the note without surrounding blanks; null when none was given or it is
	 * blank
	 */
	String strippedNote() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

}
