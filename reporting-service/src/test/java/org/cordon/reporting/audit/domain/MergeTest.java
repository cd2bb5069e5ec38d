package org.cordon.reporting.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergeTest {

	private static final Instant T = Instant.parse("2020-02-04T00:00:00Z");

	@Test
	void theOldestHeadComesFirstAcrossLanes() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a", "b", "c"), Comparator.naturalOrder());
		merge.add("a", at(1, "a", 0, 0));
		merge.add("a", at(4, "a", 0, 1));
		merge.add("b", at(2, "b", 0, 0));
		merge.add("b", at(3, "b", 0, 1));
		merge.add("c", at(5, "c", 0, 0));
		List.of("a", "b", "c").forEach(merge::end);

		assertThat(drain(merge)).extracting(LogPosition::time)
			.containsExactly(T.plusMillis(1), T.plusMillis(2), T.plusMillis(3), T.plusMillis(4), T.plusMillis(5));
	}

	@Test
	void nothingIsTakenWhileAnOpenLaneIsEmptyForItMayHoldTheOldest() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a", "b"), Comparator.naturalOrder());
		merge.add("a", at(5, "a", 0, 0));

		assertThat(merge.next()).isEqualTo(new Merge.Fill<String, LogPosition>(List.of("b")));

		merge.add("b", at(1, "b", 0, 0));
		assertThat(merge.next()).isEqualTo(new Merge.Take<String, LogPosition>(at(1, "b", 0, 0)));
		assertThat(merge.next()).as("b is empty again and still open").isInstanceOf(Merge.Fill.class);
	}

	@Test
	void onlyTheEmptyOpenLanesAreToBeFilled() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a", "b", "c", "d"), Comparator.naturalOrder());
		merge.add("a", at(1, "a", 0, 0));
		merge.end("c");

		assertThat(merge.next()).isEqualTo(new Merge.Fill<String, LogPosition>(List.of("b", "d")));
	}

	@Test
	void anEndedLaneIsStillEmptiedAndTheMergeIsDoneOnceAllAre() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a", "b"), Comparator.naturalOrder());
		merge.add("a", at(2, "a", 0, 0));
		merge.end("a");
		merge.end("b");

		assertThat(merge.next()).isEqualTo(new Merge.Take<String, LogPosition>(at(2, "a", 0, 0)));
		assertThat(merge.next()).isInstanceOf(Merge.Done.class);
		assertThat(merge.isOpen("a")).isFalse();
	}

	@Test
	void aLaneKeepsItsOwnOrderEvenWhereItsTimesAreNot() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a", "b"), Comparator.naturalOrder());
		merge.add("a", at(3, "a", 0, 0));
		merge.add("a", at(1, "a", 0, 1));
		merge.add("b", at(2, "b", 0, 0));
		merge.end("a");
		merge.end("b");

		assertThat(drain(merge)).extracting(LogPosition::offset, LogPosition::topic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "b"), org.assertj.core.groups.Tuple.tuple(0L, "a"),
					org.assertj.core.groups.Tuple.tuple(1L, "a"));
	}

	@Test
	void eventsOfTheSameInstantAreOrderedByTopicThenPartitionThenOffset() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("s1", "c3", "c1", "i0"), Comparator.naturalOrder());
		merge.add("s1", at(7, "supply.events", 1, 0));
		merge.add("c3", at(7, "checkpoint.events", 3, 9));
		merge.add("c1", at(7, "checkpoint.events", 1, 40));
		merge.add("c1", at(7, "checkpoint.events", 1, 41));
		merge.add("i0", at(7, "inspection.events", 0, 2));
		List.of("s1", "c3", "c1", "i0").forEach(merge::end);

		assertThat(drain(merge)).containsExactly(at(7, "checkpoint.events", 1, 40), at(7, "checkpoint.events", 1, 41),
				at(7, "checkpoint.events", 3, 9), at(7, "inspection.events", 0, 2), at(7, "supply.events", 1, 0));
	}

	@Test
	void aLaneThatEndedTakesNothingMore() {
		Merge<String, LogPosition> merge = new Merge<>(List.of("a"), Comparator.naturalOrder());
		merge.end("a");

		assertThatThrownBy(() -> merge.add("a", at(1, "a", 0, 0))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> merge.add("z", at(1, "z", 0, 0))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noLanesAtAllIsDoneAtOnce() {
		assertThat(new Merge<String, LogPosition>(List.of(), Comparator.naturalOrder()).next())
			.isInstanceOf(Merge.Done.class);
	}

	private static List<LogPosition> drain(Merge<String, LogPosition> merge) {
		List<LogPosition> out = new ArrayList<>();
		Merge.Step<String, LogPosition> step;
		while (!((step = merge.next()) instanceof Merge.Done)) {
			assertThat(step).as("every lane has ended: nothing to fill").isInstanceOf(Merge.Take.class);
			out.add(((Merge.Take<String, LogPosition>) step).item());
		}
		return out;
	}

	private static LogPosition at(long millis, String topic, int partition, long offset) {
		return new LogPosition(T.plusMillis(millis), topic, partition, offset);
	}

}
