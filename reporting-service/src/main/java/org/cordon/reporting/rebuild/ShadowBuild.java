package org.cordon.reporting.rebuild;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.reporting.consuming.ApplyingToShadows;
import org.cordon.reporting.consuming.ClaimedInMemory;
import org.cordon.reporting.consuming.KeysWritten;
import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.rebuild.domain.CatchUp;
import org.cordon.reporting.rebuild.domain.RebuildProgress;
import org.cordon.reporting.views.LiveTablesLock;

/**
 * One build of every view into a shadow schema, from the first record of every projected
 * topic, through the live consumer's own code. It follows the live views' positions while
 * they move on, never passing them; when it is close, it freezes the live views (their
 * lock, exclusive), reads the last records up to exactly their positions, and hands that
 * transaction to what the build is for: a comparison or a swap. Closing it drops its
 * schema.
 * <p>
 * Runs on one thread that may block; the last stretch reads the log off the database
 * driver's threads.
 */
final class ShadowBuild implements AutoCloseable {

	private final ShadowSchema schema;

	private final ShadowReader reader;

	private final Parts parts;

	private final ClaimedInMemory claims;

	private final KeysWritten keys;

	private boolean indexed;

	ShadowBuild(ShadowSchema schema, ShadowReader reader, Parts parts) {
		this.schema = schema;
		this.reader = reader;
		this.parts = parts;
		this.claims = new ClaimedInMemory(parts.properties().maxIdsInMemory());
		this.keys = new KeysWritten(parts.properties().maxIdsInMemory());
	}

	/**
	 * Reads and applies the log in transactions of their own, following the live
	 * positions, until within {@link ShadowBuildProperties#caughtUpWithin()} records of
	 * them. Reading runs ahead: the next records are read from the log and into events on
	 * this thread while the database applies the last ones, each topic's in a transaction
	 * of its own; a topic's next batch begins once its last one committed
	 * ({@link BatchesInFlight}), so that every partition's records are still applied in
	 * their order.
	 * <p>
	 * The build claims the events' ids in memory ({@link ClaimedInMemory}) until it first
	 * comes close, or holds {@link ShadowBuildProperties#maxIdsInMemory()} of them; it
	 * then stores them and gives its tables the indexes it fills them without (see
	 * {@link ShadowTables#create}).
	 * @param progress told of the build's progress after every read: what was read, at
	 * most one batch more than what was applied
	 */
	void approachLive(Consumer<RebuildProgress> progress) {
		List<String> topics = this.parts.applying().topics();
		BatchesInFlight applying = new BatchesInFlight(this.parts.properties().batchesAhead());
		try {
			while (true) {
				if (Thread.currentThread().isInterrupted()) {
					throw new IllegalStateException("The build was interrupted");
				}
				this.reader.follow(this.parts.live().read(topics).block());
				progress.accept(this.reader.progress());
				if (CatchUp.isClose(this.reader.lag(), this.parts.properties().caughtUpWithin())) {
					applying.awaitAll();
					indexOnce();
					return;
				}
				ApplyingToShadows.ReadBatch next = this.parts.applying()
					.read(this.reader.poll(this.parts.properties().pollTimeout()));
				if (this.claims.isFull()) {
					applying.awaitAll();
					indexOnce();
				}
				for (ApplyingToShadows.TopicBatch batch : next.topics()) {
					applying.start(batch.topic(),
							() -> this.parts.applying().apply(this.schema, batch, this.claims, this.keys).toFuture());
				}
			}
		}
		finally {
			// the batches under way end before the build may be closed and its schema
			// dropped
			applying.endQuietly();
		}
	}

	/**
	 * Once the build's tables hold (nearly) all the history, or it holds as many event
	 * ids in memory as it may: stores those ids and gives the tables their indexes; the
	 * records applied after that are claimed in the table and keep the indexes up to
	 * date.
	 */
	private void indexOnce() {
		if (!this.indexed) {
			this.parts.applying()
				.storeClaims(this.schema, this.claims)
				.then(this.parts.tables().index(this.schema))
				.block();
			this.indexed = true;
		}
	}

	/**
	 * In one transaction: freezes the live views, brings the build to exactly their
	 * positions, and runs the action with the {@code search_path} of the live views. The
	 * live batches wait until it commits or rolls back.
	 * @param <T> what the action answers
	 * @param action what to do with the build at the live positions, inside the
	 * transaction; given the build's progress
	 * @return what the action answered, once committed
	 * @throws RuntimeException when a lock was not granted in time (see
	 * {@link LockTimeouts}), when the last stretch took too long, or for anything the
	 * action failed with; the transaction is then rolled back and the build may approach
	 * and try again
	 */
	<T> T atLivePositions(Function<RebuildProgress, Mono<T>> action) {
		ShadowBuildProperties properties = this.parts.properties();
		long deadline = System.nanoTime() + properties.catchUpTimeout().toNanos();
		Mono<T> frozen = this.parts.lock()
			.freeze(properties.lockTimeout())
			.then(this.parts.live().read(this.parts.applying().topics()))
			.flatMap((live) -> offTheDriver(() -> {
				this.reader.follow(live);
				return live;
			}))
			.then(catchUp(deadline))
			.then(this.parts.tables().useLiveSchema())
			.then(offTheDriver(this.reader::progress))
			.flatMap(action);
		return this.parts.transactions().transactional(frozen).block();
	}

	private Mono<Void> catchUp(long deadline) {
		return offTheDriver(this::nextBelowTheLivePositions).flatMap((records) -> {
			if (System.nanoTime() > deadline) {
				return Mono.error(
						new IllegalStateException("The last records took longer to read than the live views may wait; "
								+ this.reader.lag() + " left"));
			}
			return this.parts.applying().applyWithin(this.schema, records).then(catchUp(deadline));
		});
	}

	/**
	 * @return the next records, or null once the live positions are reached
	 */
	private List<ConsumerRecord<String, byte[]>> nextBelowTheLivePositions() {
		return (this.reader.lag() == 0) ? null : this.reader.poll(this.parts.properties().pollTimeout());
	}

	private static <T> Mono<T> offTheDriver(Callable<T> reading) {
		return Mono.fromCallable(reading).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Interrupts a read of the log under way, from another thread.
	 */
	void wakeup() {
		this.reader.wakeup();
	}

	/**
	 * Stops reading and drops the schema with whatever it still holds.
	 */
	@Override
	public void close() {
		try {
			this.reader.close();
		}
		finally {
			this.parts.tables().drop(this.schema).block();
		}
	}

	/**
	 * What every build works with.
	 *
	 * @param applying applies records to a shadow schema as the live consumer would
	 * @param live reads the live positions
	 * @param tables the shadow schemas' tables
	 * @param lock the live tables' lock
	 * @param transactions the transactions of the service's database
	 * @param properties how builds behave
	 */
	record Parts(ApplyingToShadows applying, LivePositions live, ShadowTables tables, LiveTablesLock lock,
			TransactionalOperator transactions, ShadowBuildProperties properties) {

	}

}
