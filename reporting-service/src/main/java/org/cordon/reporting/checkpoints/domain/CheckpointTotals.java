package org.cordon.reporting.checkpoints.domain;

import java.util.UUID;

/**
 * One checkpoint's totals over the summary's range.
 */
public record CheckpointTotals(UUID checkpointId, String name, String region, Totals totals) {

}
