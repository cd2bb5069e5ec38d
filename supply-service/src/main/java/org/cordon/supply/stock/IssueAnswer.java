package org.cordon.supply.stock;

import java.util.UUID;

/**
 * The answer to an issue.
 *
 * @param balance the warehouse's on-hand right after the issue's line
 */
record IssueAnswer(UUID issueId, String status, long balance) {

}
