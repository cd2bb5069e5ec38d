package org.cordon.contracts;

import java.util.Objects;

/**
 * Ties a logical event type name to the record that carries its data and the topic it is
 * published on.
 *
 * @param name the CloudEvents type, e.g. {@code cordon.checkpoint.CountsReported.v1}
 * @param dataType the record of the event's data
 * @param topic the Kafka topic of the event's context
 */
public record EventType(String name, Class<? extends DomainEvent> dataType, String topic) {

	public EventType {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dataType, "dataType");
		Objects.requireNonNull(topic, "topic");
		if (!name.matches("cordon\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*")) {
			throw new IllegalArgumentException("Not a logical event type name: " + name);
		}
	}

}
