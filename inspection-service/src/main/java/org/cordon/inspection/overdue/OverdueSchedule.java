package org.cordon.inspection.overdue;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue check at start-up, which catches up a midnight missed while the
 * service was down, and then every {@code cordon.inspection.overdue-check-interval}. A
 * run that fails (the database is away) is logged and the next tick tries again; a tick
 * that comes while a run is still going is dropped.
 */
@Component
class OverdueSchedule implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OverdueSchedule.class);

	private final OverdueCheck check;

	private final Duration interval;

	private volatile Disposable running;

	OverdueSchedule(OverdueCheck check, OverdueProperties properties) {
		this.check = check;
		this.interval = properties.overdueCheckInterval();
	}

	@Override
	public synchronized void start() {
		if (this.running != null) {
			return;
		}
		this.running = Flux.interval(Duration.ZERO, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> this.check.run().onErrorResume((ex) -> {
				logger.warn("Overdue check failed; the next run retries: " + ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.dispose();
			this.running = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
