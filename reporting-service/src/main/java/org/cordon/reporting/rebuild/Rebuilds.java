package org.cordon.reporting.rebuild;

import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import org.cordon.platform.problem.ProblemException;
import org.cordon.reporting.stream.ViewChanges;

/**
 * Starts rebuilds, one at a time across instances, and tells how each is doing. A rebuild
 * runs on a thread of its own on the instance that started it; its row tells every
 * instance how far it came. Stopping the instance stops its rebuild, which then fails and
 * leaves the live views as they are.
 */
@Service
class Rebuilds implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(Rebuilds.class);

	private static final long STOP_WAIT_MILLIS = 10_000;

	private final RebuildRuns runs;

	private final RunningRebuild.Parts parts;

	private final ShadowBuildProperties properties;

	private volatile boolean running;

	private RunningRebuild current;

	private Thread thread;

	Rebuilds(RebuildRuns runs, ShadowBuilds builds, ShadowTables tables, ViewChanges viewChanges,
			ShadowBuildProperties properties) {
		this.runs = runs;
		this.parts = new RunningRebuild.Parts(builds, tables, runs, viewChanges, properties);
		this.properties = properties;
	}

	/**
	 * @return the new rebuild's id, once it runs
	 * @throws ProblemException 409 while another rebuild runs, here or elsewhere
	 */
	Mono<UUID> rebuild() {
		UUID rebuildId = UUID.randomUUID();
		return abandonSilent().then(this.runs.start(rebuildId)).flatMap((started) -> {
			if (!started) {
				return Mono.error(ProblemException.conflict("A rebuild of the views is running; one at a time."));
			}
			return Mono.fromRunnable(() -> launch(rebuildId)).thenReturn(rebuildId);
		});
	}

	/**
	 * @param rebuildId a rebuild
	 * @return its status
	 * @throws ProblemException 404 for an unknown rebuild
	 */
	Mono<RebuildStatus> status(UUID rebuildId) {
		return abandonSilent().then(this.runs.find(rebuildId))
			.switchIfEmpty(Mono.error(() -> ProblemException.notFound("No rebuild " + rebuildId + ".")));
	}

	private Mono<Void> abandonSilent() {
		return this.runs.abandonSilent(this.properties.abandonedAfter())
			.doOnNext((abandoned) -> logger.warn("Rebuild " + abandoned + " stopped beating and is marked failed"))
			.then();
	}

	private synchronized void launch(UUID rebuildId) {
		if (!this.running) {
			this.runs.fail(rebuildId, "The service was stopping").subscribe();
			throw new IllegalStateException("The service is stopping");
		}
		this.current = new RunningRebuild(rebuildId, this.parts);
		this.thread = new Thread(this.current, "views-rebuild");
		this.thread.start();
	}

	@Override
	public synchronized void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		RunningRebuild rebuild;
		Thread runner;
		synchronized (this) {
			this.running = false;
			rebuild = this.current;
			runner = this.thread;
		}
		if (rebuild == null || runner == null || !runner.isAlive()) {
			return;
		}
		rebuild.cancel();
		try {
			runner.join(STOP_WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
