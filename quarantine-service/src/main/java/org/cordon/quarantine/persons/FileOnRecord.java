package org.cordon.quarantine.persons;

import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.persons.domain.PersonalData;

/**
 * A person's file as locked for a change: its facts and who the person is (without the ID
 * number, which is not decrypted for a change).
 */
public record FileOnRecord(PersonFile file, PersonalData person) {

}
