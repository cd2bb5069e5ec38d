package org.cordon.platform.problem;

/**
 * One offending field of a request, named as the client wrote it
 * ({@code counts[3].trains}).
 */
public record FieldProblem(String field, String message) {

}
