package org.cordon.supply.stock;

import java.time.LocalDate;
import java.util.UUID;

import org.cordon.contracts.supply.IssuePriority;

/**
 * The body of {@code POST /api/supplies/issues}.
 *
 * @param issuedOn the day the goods left; optional, today when left out
 */
record IssueRequest(UUID issueId, String sku, Integer quantity, String warehouse, String recipient,
		IssuePriority priority, LocalDate issuedOn) {

}
