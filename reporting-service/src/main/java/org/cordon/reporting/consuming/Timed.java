package org.cordon.reporting.consuming;

import java.time.Instant;
import java.util.Objects;

/**
 * An event with the time it took effect: its CloudEvents {@code ce_time}, the instant a
 * view as of an instant compares with.
 *
 * @param <E> the context's event type
 * @param event the event
 * @param time its {@code ce_time}
 */
public record Timed<E>(E event, Instant time) {

	public Timed {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(time, "time");
	}

}
