package org.cordon.quarantine.contacts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of {@code POST /api/persons/{personId}/contacts}.
 */
record ContactRequest(UUID contactPersonId, LocalDate lastContactOn) {

}
