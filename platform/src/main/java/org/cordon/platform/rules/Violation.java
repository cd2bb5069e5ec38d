package org.cordon.platform.rules;

/**
 * A broken rule, tied to the field the client can correct.
 *
 * @param field the field as the client wrote it
 * @param message what the rule requires
 */
public record Violation(String field, String message) {

}
