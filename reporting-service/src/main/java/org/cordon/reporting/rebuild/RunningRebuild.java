package org.cordon.reporting.rebuild;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.rebuild.domain.RebuildProgress;
import org.cordon.reporting.rebuild.domain.SwapAttempts;
import org.cordon.reporting.stream.ViewChanges;

/**
 * One rebuild, run on a thread of its own: builds every view into
 * {@code views_build_<id>} while the live views answer and apply, then swaps the build's
 * tables in for the live ones in the transaction that freezes the live views at the
 * build's positions, announces the rebuild to the live stream, and drops the retired
 * tables. Any failure marks it FAILED and drops the build; the live views are then as if
 * it never ran.
 */
final class RunningRebuild implements Runnable {

	private static final Log logger = LogFactory.getLog(RunningRebuild.class);

	private static final int MAX_REASON = 500;

	private final UUID rebuildId;

	private final Parts parts;

	private final AtomicReference<ShadowBuild> build = new AtomicReference<>();

	private volatile boolean cancelled;

	private RebuildProgress reported = RebuildProgress.NONE;

	private long reportedAt;

	RunningRebuild(UUID rebuildId, Parts parts) {
		this.rebuildId = rebuildId;
		this.parts = parts;
	}

	@Override
	public void run() {
		ShadowSchema schema = ShadowSchema.builtBy(this.rebuildId);
		ShadowSchema retired = ShadowSchema.retiredBy(this.rebuildId);
		try {
			dropLeftovers();
			try (ShadowBuild opened = this.parts.builds().open(schema)) {
				this.build.set(opened);
				buildAndSwap(opened, schema, retired);
			}
			finally {
				this.build.set(null);
			}
			logger.info("Rebuild " + this.rebuildId + " replaced the views: " + this.reported.eventsApplied()
					+ " records applied");
			dropQuietly(retired);
		}
		catch (RuntimeException | Error failure) {
			// clear an interruption, so that the clean-up's own waits can run
			Thread.interrupted();
			logger.warn("Rebuild " + this.rebuildId + " failed, the live views are untouched: " + failure, failure);
			this.parts.runs().fail(this.rebuildId, reason(failure)).onErrorResume((e) -> Mono.empty()).block();
			dropQuietly(schema);
			dropQuietly(retired);
		}
	}

	private void buildAndSwap(ShadowBuild opened, ShadowSchema schema, ShadowSchema retired) {
		SwapAttempts attempts = new SwapAttempts(this.parts.properties().swapAttempts());
		for (int made = 1;; made++) {
			opened.approachLive(this::beat);
			this.parts.tables().analyze(schema).block();
			try {
				opened.atLivePositions((progress) -> swap(schema, retired, progress));
				return;
			}
			catch (RuntimeException failure) {
				if (this.cancelled || !attempts.another(made, LockTimeouts.isLockTimeout(failure))) {
					throw failure;
				}
				logger.info("Rebuild " + this.rebuildId + " did not get the live tables in time, trying again: "
						+ failure.getMessage());
			}
		}
	}

	/**
	 * Inside the transaction that froze the live views at the build's positions.
	 */
	private Mono<RebuildProgress> swap(ShadowSchema schema, ShadowSchema retired, RebuildProgress progress) {
		RebuildProgress done = progress.notBelow(this.reported).complete();
		return this.parts.runs()
			.finish(this.rebuildId, done)
			.then(this.parts.tables().swap(schema, retired, this.parts.properties().lockTimeout()))
			.then(this.parts.viewChanges().appendRebuilt(this.rebuildId.toString()))
			.then(Mono.fromRunnable(() -> this.reported = done))
			.thenReturn(done);
	}

	/**
	 * Stores the progress now and then, which also tells other instances the rebuild
	 * lives; stops the rebuild when it was taken for dead or cancelled.
	 */
	private void beat(RebuildProgress progress) {
		if (this.cancelled) {
			throw new IllegalStateException("The rebuild was cancelled: the service is stopping");
		}
		long now = System.nanoTime();
		if (now - this.reportedAt < this.parts.properties().progressInterval().toNanos()) {
			return;
		}
		RebuildProgress shown = progress.notBelow(this.reported);
		if (!Boolean.TRUE.equals(this.parts.runs().progress(this.rebuildId, shown).block())) {
			throw new IllegalStateException("The rebuild was taken for dead and marked failed");
		}
		this.reported = shown;
		this.reportedAt = now;
	}

	/**
	 * The schemas of rebuilds that died before they could drop them: this one runs alone,
	 * so every other rebuild's schema is a leftover.
	 */
	private void dropLeftovers() {
		this.parts.tables()
			.rebuildSchemas()
			.concatMap((leftover) -> this.parts.tables().drop(leftover).onErrorResume((failure) -> {
				logger.warn("Could not drop " + leftover.name() + ": " + failure.getMessage());
				return Mono.empty();
			}))
			.then()
			.block();
	}

	private void dropQuietly(ShadowSchema schema) {
		try {
			this.parts.tables().drop(schema).block();
		}
		catch (RuntimeException failure) {
			logger.warn("Could not drop " + schema.name() + "; the next rebuild drops it: " + failure.getMessage());
		}
	}

	private static String reason(Throwable failure) {
		String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		return (reason.length() <= MAX_REASON) ? reason : reason.substring(0, MAX_REASON);
	}

	/**
	 * Stops the rebuild from another thread: it fails and drops its build.
	 */
	void cancel() {
		this.cancelled = true;
		ShadowBuild running = this.build.get();
		if (running != null) {
			running.wakeup();
		}
	}

	/**
	 * What a rebuild works with.
	 *
	 * @param builds opens builds
	 * @param tables the shadow schemas' tables
	 * @param runs the rebuilds' rows
	 * @param viewChanges the live stream's changes
	 * @param properties how builds behave
	 */
	record Parts(ShadowBuilds builds, ShadowTables tables, RebuildRuns runs, ViewChanges viewChanges,
			ShadowBuildProperties properties) {

	}

}
