package org.cordon.reporting.stream;

import java.time.Clock;
import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;

/**
 * The one upstream of an instance's live streams. It listens on its own connection for
 * the notification a committed change sends, reads the rows after the last id it
 * delivered, and multicasts them to every subscriber of this instance. Every instance
 * does so, whichever instance consumed the event: NOTIFY reaches them all. A slow poll
 * catches what a reconnecting listener missed.
 */
class ChangeFeed implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeFeed.class);

	private static final int PAGE = 500;

	private static final Object WAKE = new Object();

	private final ViewChanges changes;

	private final ConnectionFactory unpooled;

	private final StreamProperties properties;

	private final Clock clock;

	/**
	 * Never waits for a subscriber: each subscriber takes everything into a buffer of its
	 * own (see {@link LiveStream}), so one slow client cannot hold back the others.
	 */
	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	private final Sinks.Empty<Void> stopped = Sinks.empty();

	private volatile long delivered;

	private volatile boolean running;

	private Disposable feeding;

	private Disposable pruning;

	ChangeFeed(ViewChanges changes, ConnectionFactory unpooled, StreamProperties properties, Clock clock) {
		this.changes = changes;
		this.unpooled = unpooled;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return every change committed from now on, in id order, shared by all subscribers
	 */
	Flux<Change> changes() {
		return this.sink.asFlux();
	}

	/**
	 * Completes when the instance shuts down, so that open streams end and graceful
	 * shutdown need not wait for them; their clients reconnect elsewhere with
	 * {@code Last-Event-ID}.
	 * @return completion at shutdown
	 */
	Mono<Void> stopped() {
		return this.stopped.asMono();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.delivered = this.changes.held().map(ViewChanges.Held::newestOrZero).blockOptional().orElse(0L);
		Flux<Object> wakeups = Flux.merge(notifications(), Flux.interval(this.properties.pollInterval()));
		this.feeding = wakeups.onBackpressureLatest().concatMap((wake) -> readNew().onErrorResume((failure) -> {
			logger.warn("Could not read view changes, trying again at the next wake-up: " + failure.getMessage());
			return Flux.empty();
		}), 1).subscribe(this::emit);
		this.pruning = Flux.interval(this.properties.pruneInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> this.changes
				.prune(this.properties.retentionAge(), this.properties.retentionCount(), this.clock.instant())
				.onErrorResume((failure) -> Mono.empty()), 1)
			.subscribe();
		this.running = true;
	}

	private void emit(Change change) {
		// FAIL_ZERO_SUBSCRIBER only means nobody is watching right now
		this.sink.tryEmitNext(change);
	}

	private Flux<Change> readNew() {
		return this.changes.after(this.delivered, null, PAGE).collectList().flatMapMany((page) -> {
			if (page.isEmpty()) {
				return Flux.empty();
			}
			this.delivered = page.get(page.size() - 1).id();
			Flux<Change> read = Flux.fromIterable(page);
			return (page.size() < PAGE) ? read : read.concatWith(Flux.defer(this::readNew));
		});
	}

	private Flux<Object> notifications() {
		return Flux
			.usingWhen(this.unpooled.create(), this::listenOn, Connection::close,
					(connection, failure) -> connection.close(), Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry((signal) -> logger
					.warn("View change notifications lost, reconnecting: " + signal.failure().getMessage())));
	}

	private Flux<Object> listenOn(Connection connection) {
		PostgresqlConnection postgres = (PostgresqlConnection) connection;
		// a wake-up once listening, for what was committed while not listening
		return postgres.createStatement("LISTEN " + ViewChanges.CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.thenMany(Flux.just(WAKE).concatWith(postgres.getNotifications().map(Object.class::cast)));
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.feeding != null) {
			this.feeding.dispose();
		}
		if (this.pruning != null) {
			this.pruning.dispose();
		}
		this.sink.tryEmitComplete();
		this.stopped.tryEmitEmpty();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
