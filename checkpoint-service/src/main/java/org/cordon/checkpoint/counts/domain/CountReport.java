package org.cordon.checkpoint.counts.domain;

import java.util.UUID;

import org.cordon.contracts.checkpoint.Counts;

/**
 * A valid report a checkpoint sent: its id, its period and its figures.
 */
public record CountReport(UUID reportId, Period period, Counts counts) {

}
