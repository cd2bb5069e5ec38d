package org.cordon.platform.cloudevents;

/**
 * Who caused a change and within which trace; both travel with every event it raises.
 *
 * @param actor the key or user, id and name, never a secret
 * @param traceparent the W3C trace context of the request
 */
public record Provenance(String actor, String traceparent) {

}
