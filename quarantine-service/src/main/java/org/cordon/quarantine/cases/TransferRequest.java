package org.cordon.quarantine.cases;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/persons/{personId}/transfer}.
 */
record TransferRequest(String facility, LocalDate on) {

}
