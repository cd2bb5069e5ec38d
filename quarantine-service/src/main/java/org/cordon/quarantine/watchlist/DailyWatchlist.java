package org.cordon.quarantine.watchlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.cordon.quarantine.watchlist.domain.Days;

/**
 * Once on start-up and then at the start of every day in the platform's time zone,
 * computes both watchlists and shows their sizes as the gauges
 * {@code cordon.quarantine.due.for.release} and
 * {@code cordon.quarantine.missing.temperature}, and logs the two counts (counts only:
 * never who). The day comes from the injected {@link Clock}, so a test can move it.
 */
@Component
class DailyWatchlist implements SmartLifecycle {

	static final String DUE_FOR_RELEASE = "cordon.quarantine.due.for.release";

	static final String MISSING_TEMPERATURE = "cordon.quarantine.missing.temperature";

	private static final Log logger = LogFactory.getLog(DailyWatchlist.class);

	/**
	 * Past midnight by this much, so a timer that fires a little early is still in the
	 * new day.
	 */
	private static final Duration PAST_MIDNIGHT = Duration.ofSeconds(1);

	private final Watchlists watchlists;

	private final Clock clock;

	private final AtomicInteger dueForRelease = new AtomicInteger();

	private final AtomicInteger missingTemperature = new AtomicInteger();

	private final AtomicReference<LocalDate> lastDay = new AtomicReference<>();

	private volatile boolean running;

	private volatile Disposable next;

	DailyWatchlist(Watchlists watchlists, Clock clock, ObjectProvider<MeterRegistry> registry) {
		this.watchlists = watchlists;
		this.clock = clock;
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		meters.gauge(DUE_FOR_RELEASE, this.dueForRelease);
		meters.gauge(MISSING_TEMPERATURE, this.missingTemperature);
	}

	/**
	 * Computes both lists for today as the clock tells it.
	 * @return the day computed
	 */
	Mono<LocalDate> run() {
		LocalDate today = LocalDate.now(this.clock);
		return Mono
			.zip(this.watchlists.dueForRelease(today, this.clock.getZone()),
					this.watchlists.missingTemperature(today, this.clock.getZone()))
			.map((lists) -> {
				this.dueForRelease.set(lists.getT1().size());
				this.missingTemperature.set(lists.getT2().size());
				this.lastDay.set(today);
				logger.info("Quarantine watchlists for " + today + ": " + lists.getT1().size() + " due for release, "
						+ lists.getT2().size() + " without a temperature today");
				return today;
			});
	}

	/**
	 * @return the day the lists were last computed for, or null before the first run
	 */
	LocalDate lastDay() {
		return this.lastDay.get();
	}

	@Override
	public void start() {
		this.running = true;
		this.next = run().onErrorResume(this::failed).subscribe((day) -> scheduleNext());
	}

	private void scheduleNext() {
		if (!this.running) {
			return;
		}
		Instant now = this.clock.instant();
		Duration untilTomorrow = Duration.between(now,
				Days.nextStartOfDay(now, this.clock.getZone()).plus(PAST_MIDNIGHT));
		this.next = Mono.delay(untilTomorrow)
			.then(Mono.defer(this::run))
			.onErrorResume(this::failed)
			.subscribe((day) -> scheduleNext());
	}

	private Mono<LocalDate> failed(Throwable failure) {
		// the next day's run tries again; the gauges keep the last counts meanwhile
		logger.warn("Could not compute the quarantine watchlists: " + failure.getClass().getSimpleName());
		return Mono.just(LocalDate.now(this.clock));
	}

	@Override
	public void stop() {
		this.running = false;
		Disposable scheduled = this.next;
		if (scheduled != null) {
			scheduled.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
