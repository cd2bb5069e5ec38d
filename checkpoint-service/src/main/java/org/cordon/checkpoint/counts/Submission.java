package org.cordon.checkpoint.counts;

import java.util.UUID;

import org.cordon.checkpoint.counts.domain.CountReport;
import org.cordon.platform.cloudevents.Provenance;

/**
 * One valid single report waiting to be filed.
 *
 * @param checkpointId the checkpoint posting it
 * @param report the report
 * @param provenance who posted it, within which trace
 */
record Submission(UUID checkpointId, CountReport report, Provenance provenance) {
}
