package org.cordon.platform.idempotency;

/**
 * The answer to a create: what the first request created, and whether this request was a
 * repeat of it.
 *
 * @param <T> the result of the create
 * @param result the result of the first request
 * @param duplicate true when this request repeated an earlier one
 */
public record Created<T>(T result, boolean duplicate) {

}
