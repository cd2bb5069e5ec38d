package org.cordon.reporting.consuming.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionBookTest {

	@Test
	void aRecordBelowTheStoredPositionWasAppliedAlready() {
		PositionBook book = new PositionBook(Map.of(0, 10L));

		assertThat(book.isNew(0, 9)).isFalse();
		assertThat(book.isNew(0, 10)).isTrue();
	}

	@Test
	void aPartitionWithoutAPositionHasConsumedNothing() {
		PositionBook book = new PositionBook(Map.of());

		assertThat(book.isNew(3, 0)).isTrue();
	}

	@Test
	void consumingMovesThePositionPastTheRecordSoARepeatInTheSameBatchIsNotNew() {
		PositionBook book = new PositionBook(Map.of(0, 10L));

		book.consumed(0, 10);
		book.consumed(0, 11);

		assertThat(book.isNew(0, 11)).isFalse();
		assertThat(book.advanced()).isEqualTo(Map.of(0, 12L));
	}

	@Test
	void aPositionNeverMovesBackwardsAndUnmovedPartitionsAreNotStoredAgain() {
		PositionBook book = new PositionBook(Map.of(0, 10L, 1, 5L));

		book.consumed(0, 3);
		book.consumed(1, 7);

		assertThat(book.advanced()).isEqualTo(Map.of(1, 8L));
	}

}
