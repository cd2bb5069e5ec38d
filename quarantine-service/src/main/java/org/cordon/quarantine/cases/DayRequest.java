package org.cordon.quarantine.cases;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/persons/{personId}/suspect} and {@code .../confirm}.
 */
record DayRequest(LocalDate on) {

}
