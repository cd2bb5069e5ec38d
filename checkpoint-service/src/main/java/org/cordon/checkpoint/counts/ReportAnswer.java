package org.cordon.checkpoint.counts;

import java.util.UUID;

/**
 * The answer to one count report.
 */
record ReportAnswer(UUID reportId, int revision, String status) {

}
