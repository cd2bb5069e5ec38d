package org.cordon.checkpoint.counts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-open interval [start, end) a report covers. Two periods are the same period
 * when their instants are equal, whatever offsets they were written with.
 */
public record Period(Instant start, Instant end) {

	public Period {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	/**
	 * Whether the periods share any instant; periods that only touch (one ends where the
	 * other starts) do not.
	 * @param other another period
	 * @return true when they overlap
	 */
	public boolean overlaps(Period other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

	@Override
	public String toString() {
		return this.start + "/" + this.end;
	}

}
