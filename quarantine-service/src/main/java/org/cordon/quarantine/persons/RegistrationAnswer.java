package org.cordon.quarantine.persons;

import java.util.UUID;

/**
 * The answer to a registration: {@code CREATED} (201) or {@code DUPLICATE} (200).
 */
record RegistrationAnswer(UUID personId, String status) {

}
