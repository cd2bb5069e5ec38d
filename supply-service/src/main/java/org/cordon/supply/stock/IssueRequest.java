package org.cordon.supply.stock;

import java.util.UUID;

import org.cordon.contracts.supply.IssuePriority;

/**
 * The body of {@code POST /api/supplies/issues}.
 */
record IssueRequest(UUID issueId, String sku, Integer quantity, String warehouse, String recipient,
		IssuePriority priority) {

}
