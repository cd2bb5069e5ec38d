package org.cordon.quarantine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The platform's clock in the platform's zone, which a test can move to another day and
 * back; it keeps ticking, so instants still advance.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * @param day the day "now" falls on from now on
	 * @param time the time of day it is
	 */
	public void moveTo(LocalDate day, LocalTime time) {
		this.offset = Duration.between(Instant.now(), day.atTime(time).atZone(this.zone).toInstant());
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	public LocalDate today() {
		return LocalDate.now(this);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The platform's clock keeps the platform's zone");
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/**
	 * Replaces the platform's clock in the tests' context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		MovableClock movableClock(@Value("${cordon.time-zone:Asia/Shanghai}") String zone) {
			return new MovableClock(ZoneId.of(zone));
		}

	}

}
