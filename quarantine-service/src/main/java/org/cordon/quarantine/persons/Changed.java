package org.cordon.quarantine.persons;

import org.cordon.quarantine.persons.domain.PersonFile;

/**
 * What a change left on file, and whether it repeated one that had already happened.
 */
public record Changed(PersonFile file, boolean repeat) {

}
