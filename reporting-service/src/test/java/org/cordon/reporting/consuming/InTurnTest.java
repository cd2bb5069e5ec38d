package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InTurnTest {

	@Test
	void aBatchWithoutAFaultIsAppliedInOneAttempt() {
		Batches batches = new Batches(Set.of());
		assertThat(batches.apply(records(1000))).isEqualTo(1000);
		assertThat(batches.applied).containsExactlyElementsOf(records(1000));
		assertThat(batches.attempts).isEqualTo(1);
	}

	@Test
	void aRecordAtFaultAtTheStartIsRefusedAndEveryOtherAppliedOnceInOrder() {
		assertOneFaultFound(0);
	}

	@Test
	void aRecordAtFaultInTheMiddleIsRefusedAndEveryOtherAppliedOnceInOrder() {
		assertOneFaultFound(4321);
	}

	@Test
	void aRecordAtFaultAtTheEndIsRefusedAndEveryOtherAppliedOnceInOrder() {
		assertOneFaultFound(7999);
	}

	@Test
	void twoRecordsAtFaultAreBothRefusedAndEveryOtherAppliedOnceInOrder() {
		List<String> records = records(8000);
		Batches batches = new Batches(Set.of("r17", "r5000"));
		batches.apply(records);
		assertThat(batches.applied).containsExactlyElementsOf(records.stream()
			.map((record) -> Set.of("r17", "r5000").contains(record) ? "refused " + record : record)
			.toList());
		assertThat(batches.attempts).isLessThanOrEqualTo(1 + 4 * 13 + 2);
	}

	@Test
	void neighboursAtFaultAreBothRefused() {
		List<String> records = records(10);
		Batches batches = new Batches(Set.of("r4", "r5"));
		batches.apply(records);
		assertThat(batches.applied).containsExactly("r0", "r1", "r2", "r3", "refused r4", "refused r5", "r6", "r7",
				"r8", "r9");
	}

	@Test
	void aBatchOfOneRecordAtFaultIsRefused() {
		Batches batches = new Batches(Set.of("r0"));
		batches.apply(records(1));
		assertThat(batches.applied).containsExactly("refused r0");
		assertThat(batches.attempts).isEqualTo(2);
	}

	@Test
	void aDependencyAwayFailsTheWholeBatchAndAppliesNothing() {
		Batches batches = new Batches(Set.of());
		batches.away = true;
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> batches.apply(records(100)));
		assertThat(batches.applied).isEmpty();
		assertThat(batches.attempts).isEqualTo(1);
	}

	@Test
	void aRefusedRecordThatCannotBeAppliedEitherFailsTheBatch() {
		Batches batches = new Batches(Set.of("r3", "refused r3"));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> batches.apply(records(8)));
	}

	private static void assertOneFaultFound(int fault) {
		List<String> records = records(8000);
		Batches batches = new Batches(Set.of("r" + fault));
		assertThat(batches.apply(records)).isEqualTo(8000);
		List<String> expected = new ArrayList<>(records);
		expected.set(fault, "refused r" + fault);
		assertThat(batches.applied).containsExactlyElementsOf(expected);
		// the whole batch, then two halves per level of 13, then the refusal
		assertThat(batches.attempts).isLessThanOrEqualTo(1 + 2 * 13 + 1);
	}

	private static List<String> records(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "r" + i).toList();
	}

	/**
	 * Applies batches all or nothing, as a transaction does: a batch holding a record at
	 * fault applies none of its records.
	 */
	private static final class Batches {

		private final Set<String> atFault;

		private final List<String> applied = new ArrayList<>();

		private int attempts;

		private boolean away;

		Batches(Set<String> atFault) {
			this.atFault = atFault;
		}

		Integer apply(List<String> records) {
			return InTurn.apply(records, this::attempt, (record, failure) -> "refused " + record, Integer::sum).block();
		}

		private Mono<Integer> attempt(List<String> batch) {
			return Mono.defer(() -> {
				this.attempts++;
				if (this.away) {
					return Mono.error(new DataAccessResourceFailureException("database away"));
				}
				if (batch.stream().anyMatch(this.atFault::contains)) {
					return Mono.error(new IllegalStateException("a record at fault"));
				}
				this.applied.addAll(batch);
				return Mono.just(batch.size());
			});
		}

	}

}
