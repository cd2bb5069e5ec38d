package org.cordon.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, in the platform's time zone. Tests
 * take their dates from {@link #today()}, since the clock of a cached context may have
 * been moved by an earlier test; they only move it forward.
 */
public final class MovableClock extends Clock {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/**
	 * @param local the wall-clock time in Shanghai to start at
	 * @return a clock standing at it
	 */
	public static MovableClock at(LocalDateTime local) {
		return new MovableClock(new AtomicReference<>(local.atZone(SHANGHAI).toInstant()), SHANGHAI);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	public LocalDate today() {
		return LocalDate.now(this);
	}

	/**
	 * Moves the clock to a wall-clock time in Shanghai, which must not be earlier than
	 * now.
	 * @param local the new time
	 */
	public void moveTo(LocalDateTime local) {
		Instant to = local.atZone(SHANGHAI).toInstant();
		Instant from = this.now.getAndSet(to);
		if (to.isBefore(from)) {
			this.now.set(from);
			throw new IllegalArgumentException("Tests only move the clock forward: " + from + " -> " + to);
		}
	}

	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Tests only move the clock forward: " + duration);
		}
		this.now.updateAndGet((current) -> current.plus(duration));
	}

}
