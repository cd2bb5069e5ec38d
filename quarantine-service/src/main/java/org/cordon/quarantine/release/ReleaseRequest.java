package org.cordon.quarantine.release;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/persons/{personId}/release}.
 */
record ReleaseRequest(LocalDate releasedOn) {

}
