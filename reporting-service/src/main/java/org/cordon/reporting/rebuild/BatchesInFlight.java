package org.cordon.reporting.rebuild;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The batches a build applies: each topic's one after the other, in the order they were
 * read, so that a partition's records are applied in their order; the topics' at once,
 * each on a connection of its own. A batch read waits behind its own topic's only, so a
 * topic whose batches are large does not hold up the others (a poll of the log often
 * brings one or two topics' records). At most a given number of batches are under way or
 * waiting, which bounds the memory of the records read ahead. Used by the build's one
 * thread.
 */
final class BatchesInFlight {

	private final int most;

	private final Map<String, CompletableFuture<?>> lastOfTopic = new HashMap<>();

	/** Every batch not yet awaited, in the order started. */
	private final Deque<CompletableFuture<?>> started = new ArrayDeque<>();

	/**
	 * @param most how many batches may be under way or waiting
	 */
	BatchesInFlight(int most) {
		this.most = most;
	}

	/**
	 * Queues a batch behind its topic's last one, once fewer than the most batches are
	 * under way or waiting.
	 * @param topic the topic
	 * @param batch starts the batch; called once the topic's last batch committed, on the
	 * thread that saw it commit
	 * @throws RuntimeException what a batch failed with
	 */
	void start(String topic, Supplier<CompletableFuture<?>> batch) {
		while (!this.started.isEmpty() && (this.started.size() >= this.most || this.started.peekFirst().isDone())) {
			await(this.started.removeFirst());
		}
		throwIfAnyFailed();
		CompletableFuture<?> last = this.lastOfTopic.getOrDefault(topic, CompletableFuture.completedFuture(null));
		// a topic's batch after one that failed fails too, without starting
		CompletableFuture<?> next = last.thenCompose((committed) -> batch.get());
		this.lastOfTopic.put(topic, next);
		this.started.addLast(next);
	}

	/**
	 * Waits for every batch.
	 * @throws RuntimeException what a batch failed with
	 */
	void awaitAll() {
		List<CompletableFuture<?>> all = new ArrayList<>(this.started);
		this.started.clear();
		this.lastOfTopic.clear();
		all.forEach(BatchesInFlight::await);
	}

	/**
	 * Waits for every batch to end, however it ends.
	 */
	void endQuietly() {
		this.started.forEach((batch) -> batch.handle((done, failure) -> done).join());
		this.started.clear();
		this.lastOfTopic.clear();
	}

	private void throwIfAnyFailed() {
		for (CompletableFuture<?> batch : this.started) {
			if (batch.isCompletedExceptionally()) {
				await(batch);
			}
		}
	}

	private static void await(CompletableFuture<?> batch) {
		try {
			batch.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
