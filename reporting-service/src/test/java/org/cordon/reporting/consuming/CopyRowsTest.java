package org.cordon.reporting.consuming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CopyRowsTest {

	@Test
	void aFractionOfNanosecondsIsRoundedToMicrosecondsHalfToEvenAsTheServerReadsIt() {
		assertThat(CopyRows.micros(0)).isZero();
		assertThat(CopyRows.micros(123_456_000)).isEqualTo(123_456);
		assertThat(CopyRows.micros(123_456_499)).isEqualTo(123_456);
		assertThat(CopyRows.micros(123_456_501)).isEqualTo(123_457);
		// exact halves go to the even neighbour
		assertThat(CopyRows.micros(500)).isZero();
		assertThat(CopyRows.micros(1_500)).isEqualTo(2);
		assertThat(CopyRows.micros(2_500)).isEqualTo(2);
		assertThat(CopyRows.micros(999_999_999)).isEqualTo(1_000_000);
	}

	@Test
	void rowsAreFramedAsTheBinaryFormatAsks() {
		CopyRows rows = CopyRows.into("t", "a", "b").row().int8(1).text(null).row().int4(2).bool(true);
		byte[] bytes = rows.bytes();
		assertThat(new String(bytes, 0, 6)).isEqualTo("PGCOPY");
		// signature 11, flags 4, extension 4; per row a count of 2 and each field's
		// length
		int header = 19;
		int first = 2 + (4 + 8) + 4;
		int second = 2 + (4 + 4) + (4 + 1);
		assertThat(bytes).hasSize(header + first + second + 2);
		assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0xFF);
		assertThat(rows.size()).isEqualTo(2);
		assertThat(rows.statement()).isEqualTo("copy t (a, b) from stdin (format binary)");
	}

	@Test
	void aRowMustGiveEveryColumnAndNoMore() {
		assertThatIllegalStateException().isThrownBy(() -> CopyRows.into("t", "a", "b").row().int8(1).row());
		assertThatIllegalStateException().isThrownBy(() -> CopyRows.into("t", "a", "b").row().int8(1).bytes());
		assertThatIllegalStateException()
			.isThrownBy(() -> CopyRows.into("t", "a").row().uuid(UUID.randomUUID()).int8(1));
	}

	@Test
	void datesAndTimesOutsideTheYearsOneToNineThousandNineHundredNinetyNineAreNotExact() {
		assertThat(CopyRows.into("t", "a").row().date(LocalDate.of(1, 1, 1)).exact()).isTrue();
		assertThat(CopyRows.into("t", "a").row().date(LocalDate.of(9999, 12, 31)).exact()).isTrue();
		assertThat(CopyRows.into("t", "a").row().date(LocalDate.of(10_000, 1, 1)).exact()).isFalse();
		assertThat(CopyRows.into("t", "a").row().date(LocalDate.of(0, 12, 31)).exact()).isFalse();
		assertThat(CopyRows.into("t", "a").row().timestamp(Instant.parse("9999-12-31T23:59:59.999999Z")).exact())
			.isTrue();
		assertThat(CopyRows.into("t", "a").row().timestamp(Instant.parse("+10000-01-01T00:00:00Z")).exact()).isFalse();
		assertThat(CopyRows.into("t", "a").row().timestamp(Instant.parse("0000-12-31T23:59:59Z")).exact()).isFalse();
	}

}
