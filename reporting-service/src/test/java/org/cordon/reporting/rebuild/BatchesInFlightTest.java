package org.cordon.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class BatchesInFlightTest {

	/** Batches started, in the order they started, each with its completion. */
	private final List<String> begun = new ArrayList<>();

	private final List<CompletableFuture<Void>> completions = new ArrayList<>();

	@Test
	void aTopicsBatchBeginsOnlyOnceItsLastOneCommitted() {
		BatchesInFlight batches = new BatchesInFlight(6);
		batches.start("checkpoint", batch("checkpoint 1"));
		batches.start("checkpoint", batch("checkpoint 2"));
		assertThat(this.begun).containsExactly("checkpoint 1");

		this.completions.get(0).complete(null);
		assertThat(this.begun).containsExactly("checkpoint 1", "checkpoint 2");
	}

	@Test
	void anotherTopicsBatchDoesNotWaitBehindIt() {
		BatchesInFlight batches = new BatchesInFlight(6);
		batches.start("checkpoint", batch("checkpoint 1"));
		batches.start("checkpoint", batch("checkpoint 2"));
		batches.start("quarantine", batch("quarantine 1"));
		assertThat(this.begun).containsExactly("checkpoint 1", "quarantine 1");
	}

	@Test
	void atTheMostBatchesTheReaderWaitsForTheOldest() {
		BatchesInFlight batches = new BatchesInFlight(2);
		batches.start("checkpoint", batch("checkpoint 1"));
		batches.start("quarantine", batch("quarantine 1"));
		CompletableFuture<Void> third = CompletableFuture.runAsync(() -> batches.start("supply", batch("supply 1")));

		stillWaits(third);
		this.completions.get(0).complete(null);
		third.join();
		assertThat(this.begun).containsExactly("checkpoint 1", "quarantine 1", "supply 1");
	}

	@Test
	void aFailedBatchFailsTheBuildAndItsTopicsNextBatchNeverBegins() {
		BatchesInFlight batches = new BatchesInFlight(6);
		batches.start("checkpoint", batch("checkpoint 1"));
		batches.start("checkpoint", batch("checkpoint 2"));
		this.completions.get(0).completeExceptionally(new IllegalStateException("refused"));

		assertThatIllegalStateException().isThrownBy(() -> batches.start("quarantine", batch("quarantine 1")))
			.withMessage("refused");
		assertThatIllegalStateException().isThrownBy(batches::awaitAll).withMessage("refused");
		assertThat(this.begun).containsExactly("checkpoint 1");
	}

	@Test
	void awaitingAllWaitsForEveryTopicsLastBatch() {
		BatchesInFlight batches = new BatchesInFlight(6);
		batches.start("checkpoint", batch("checkpoint 1"));
		batches.start("quarantine", batch("quarantine 1"));
		CompletableFuture<Void> all = CompletableFuture.runAsync(batches::awaitAll);
		this.completions.get(1).complete(null);
		stillWaits(all);

		this.completions.get(0).complete(null);
		all.join();
	}

	private static void stillWaits(CompletableFuture<Void> waiting) {
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
	}

	private Supplier<CompletableFuture<?>> batch(String name) {
		return () -> {
			synchronized (this.begun) {
				this.begun.add(name);
				CompletableFuture<Void> completion = new CompletableFuture<>();
				this.completions.add(completion);
				return completion;
			}
		};
	}

}
