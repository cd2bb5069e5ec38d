package org.cordon.platform.outbox;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Publishes outbox rows in seq order; they are gone only once the broker acknowledged
 * them. Each batch runs in one transaction that holds an advisory lock, so with several
 * replicas only one relays at a time and per-aggregate order holds. The transaction takes
 * the rows out with one statement (a delete that returns them), publishes them, and
 * commits only when the broker acknowledged every one; otherwise it rolls back and they
 * are all there again. A relay that dies after sending and before its transaction commits
 * leaves the rows in place too: they are sent again, and consumers recognise the repeat
 * by {@code ce_id} (at least once).
 */
public class OutboxRelay implements SmartLifecycle {

	/** The advisory lock every relay of one database competes for. */
	static final long RELAY_LOCK = 0x636f72646f6e01L;

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private static final long BACKLOG_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

	/**
	 * The oldest rows, taken out in one statement (before, a select and then a delete of
	 * what was sent: two statements and two scans of the queue's head, ADR 25).
	 */
	private static final String TAKE = "delete from outbox where seq = any(array(select seq from outbox order by seq limit $1))"
			+ " returning " + OutboxRow.COLUMNS;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final OutboxPublisher publisher;

	private final OutboxProperties properties;

	private final OutboxMetrics metrics;

	private final OutboxNotifications notifications;

	private final OutboxAnnouncer announcer;

	private final Semaphore wakeups = new Semaphore(0);

	private volatile boolean running;

	/**
	 * Whether this relay took the lock and published in its last batch: then it will also
	 * find rows committed now, and nobody else needs to be told.
	 */
	private volatile boolean leading;

	private long backlogMeasuredAt = System.nanoTime() - BACKLOG_EVERY_NANOS;

	private Thread thread;

	private Disposable listening;

	OutboxRelay(DatabaseClient database, TransactionalOperator transactions, OutboxPublisher publisher,
			OutboxProperties properties, OutboxMetrics metrics, ConnectionFactory unpooled) {
		this.database = database;
		this.transactions = transactions;
		this.publisher = publisher;
		this.properties = properties;
		this.metrics = metrics;
		String instance = UUID.randomUUID().toString();
		this.notifications = (unpooled != null) ? new OutboxNotifications(unpooled, this::wake, instance) : null;
		this.announcer = (unpooled != null) ? new OutboxAnnouncer(unpooled, instance) : null;
	}

	/**
	 * Says that rows committed: wakes this relay, and tells the other replicas' relays
	 * unless this one leads. A single instance, or the one whose relay is publishing,
	 * sends no notification at all (before, one per filing: a round trip, a commit and a
	 * wake-up of every listener, ADR 24). A relay that is woken and finds another holding
	 * the lock tells the others itself, so rows committed while it believed it led are
	 * not left to the poll.
	 */
	public void announce() {
		wake();
		if (!this.leading) {
			announceToOthers();
		}
	}

	private void announceToOthers() {
		if (this.announcer != null) {
			this.announcer.announce();
		}
	}

	/**
	 * Asks the relay to look for rows now rather than at the next poll.
	 */
	public void wake() {
		if (this.wakeups.availablePermits() == 0) {
			this.wakeups.release();
		}
	}

	/**
	 * Publishes one batch, if this instance gets the relay lock.
	 * @return the rows read and the rows published (and deleted)
	 */
	public Mono<Batch> relayOnce() {
		// A relay's commit only records that rows were sent: if a crash of the database
		// loses it, the rows are sent again, which consumers already recognise by ce_id
		// (the at-least-once edge above). So it does not wait for its commit to be
		// flushed.
		Mono<Batch> batch = this.database
			.sql("select pg_try_advisory_xact_lock($1) as locked, set_config('synchronous_commit', 'off', true)")
			.bind(0, RELAY_LOCK)
			.map((row) -> row.get("locked", Boolean.class))
			.one()
			.flatMap((locked) -> Boolean.TRUE.equals(locked) ? publishBatch() : Mono.just(Batch.NOT_LEADER));
		return this.transactions.transactional(batch);
	}

	private Mono<Batch> publishBatch() {
		return this.database.sql(TAKE)
			.bind(0, this.properties.batchSize())
			.map(OutboxRow::read)
			.all()
			.collectSortedList(Comparator.comparingLong(OutboxRow::seq))
			.flatMap((rows) -> rows.isEmpty() ? Mono.just(Batch.EMPTY) : publishAll(rows));
	}

	private Mono<Batch> publishAll(List<OutboxRow> rows) {
		return this.publisher.publish(rows)
			.flatMap((published) -> (published == rows.size()) ? Mono.just(new Batch(published))
					: Mono.error(new PartlyPublished(rows.size(), published)));
	}

	private Mono<Long> backlog() {
		return this.database.sql("select count(*) as waiting from outbox")
			.map((row) -> row.get("waiting", Long.class))
			.one();
	}

	private void run() {
		int failures = 0;
		while (this.running) {
			try {
				Batch batch = relayOnce().block();
				if (batch == null) {
					batch = Batch.EMPTY;
				}
				this.leading = (batch != Batch.NOT_LEADER);
				if (!this.leading) {
					announceToOthers();
				}
				this.metrics.published(batch.published());
				if (failures > 0) {
					logger.info("Outbox relay publishing again");
					failures = 0;
				}
				if (batch.published() < this.properties.batchSize()) {
					measureBacklogNowAndThen();
					await(this.properties.pollInterval());
				}
			}
			catch (PartlyPublished ex) {
				// the broker refused part of the batch: all of it is sent again soon, the
				// acknowledged part a second time
				await(Duration.ofSeconds(1));
			}
			catch (RuntimeException ex) {
				this.leading = false;
				failures++;
				this.metrics.failed();
				if (failures == 1) {
					logger.warn("Outbox relay could not publish; rows stay in the outbox and are retried: "
							+ ex.getMessage());
				}
				await(Duration.ofMillis(Math.min(10_000, 250L << Math.min(failures, 6))));
			}
		}
	}

	/**
	 * Counts the rows waiting, at most once a second: the count is a gauge for operators,
	 * and under a steady flow of writes the relay runs out of rows many times a second.
	 */
	private void measureBacklogNowAndThen() {
		long now = System.nanoTime();
		if (now - this.backlogMeasuredAt >= BACKLOG_EVERY_NANOS) {
			this.metrics.backlog(backlog().blockOptional().orElse(0L));
			this.backlogMeasuredAt = now;
		}
	}

	private void await(Duration timeout) {
		try {
			if (this.wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.wakeups.drainPermits();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		if (this.notifications != null) {
			this.listening = this.notifications.listen();
		}
		this.thread = new Thread(this::run, "outbox-relay");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.leading = false;
		if (this.listening != null) {
			this.listening.dispose();
		}
		wake();
		if (this.thread != null) {
			try {
				// a batch waiting for an absent broker is abandoned: its rows stay in the
				// outbox
				this.thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * What one batch did.
	 *
	 * @param published rows acknowledged, gone from the outbox
	 */
	public record Batch(int published) {

		static final Batch EMPTY = new Batch(0);

		static final Batch NOT_LEADER = new Batch(0);

	}

	/**
	 * The broker acknowledged only the first rows of a batch: its transaction rolls back,
	 * so that no row behind a refused one is lost or overtakes it.
	 */
	static class PartlyPublished extends RuntimeException {

		PartlyPublished(int taken, int published) {
			super("The broker acknowledged " + published + " of " + taken + " events; all are sent again");
		}

	}

}
