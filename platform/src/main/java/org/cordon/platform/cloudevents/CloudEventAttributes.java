package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents attributes Cordon sets on every event.
 *
 * @param id unique per event; consumers deduplicate on it where offsets cannot help
 * @param source {@code /cordon/<service-name>}
 * @param type the logical type, e.g. {@code cordon.checkpoint.CountsReported.v1}
 * @param subject the aggregate id, also the record key
 * @param time when the change happened in the system
 * @param actor the extension {@code actor}: who caused it (may be null)
 * @param traceparent W3C trace context (may be null)
 */
public record CloudEventAttributes(UUID id, String source, String type, String subject, Instant time, String actor,
		String traceparent) {

}
