package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The answer to a rectification: the day and note on file, and {@code RECTIFIED} for the
 * first rectification or {@code DUPLICATE} for a repeat of it.
 */
record RectificationAnswer(UUID issueId, LocalDate rectifiedOn, String note, String status) {

}
