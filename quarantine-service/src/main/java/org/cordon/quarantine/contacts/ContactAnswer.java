package org.cordon.quarantine.contacts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The answer to tracing a contact: {@code CREATED} (201), {@code UPDATED} (200, a later
 * contact) or {@code DUPLICATE} (200).
 */
record ContactAnswer(UUID personId, UUID contactPersonId, LocalDate lastContactOn, String status) {

}
