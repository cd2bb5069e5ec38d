package org.cordon.platform.cloudevents;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventTimesTest {

	@Test
	void theCommonFormReadsAsInstantParseReadsIt() {
		for (String text : List.of("2026-11-30T09:37:21.385723308Z", "2026-11-30T09:37:21Z", "2026-11-30T09:37:21.3Z",
				"2026-11-30T09:37:21.385723Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
				"2024-02-29T12:00:00.5Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z")) {
			assertThat(EventTimes.parse(text)).as(text).isEqualTo(Instant.parse(text));
		}
	}

	@Test
	void randomInstantsWrittenAsJavaWritesThemReadBack() {
		Random random = new Random(11);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
					(random.nextInt(4) == 0) ? 0 : random.nextInt(1_000_000_000));
			assertThat(EventTimes.parse(instant.toString())).isEqualTo(instant);
		}
	}

	@Test
	void otherFormsAndInvalidTextsAnswerAsInstantParseAnswers() {
		for (String text : List.of("2026-11-30T09:37:21+08:00", "+12026-11-30T09:37:21Z", "2026-11-30T23:59:60Z",
				"2026-02-30T09:37:21Z", "2026-13-01T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T09:37:21.Z",
				"2026-11-30T09:37:21.1234567890Z", "2026-11-30 09:37:21Z", "2026-11-30T09:3a:21Z",
				"2026-11-30t09:37:21Z", "2026-11-30T09:37:21z", "yesterday", "")) {
			assertThat(outcome(() -> EventTimes.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
		}
	}

	@Test
	void aTextOfTheCommonFormThatIsNoInstantIsRefused() {
		for (String text : List.of("2026-02-30T09:37:21Z", "2026-13-01T00:00:00Z", "2026-11-30T09:60:00Z",
				"2025-02-29T00:00:00Z")) {
			assertThatExceptionOfType(DateTimeException.class).as(text).isThrownBy(() -> EventTimes.parse(text));
		}
	}

	private static Object outcome(Supplier<Instant> parsing) {
		try {
			return parsing.get();
		}
		catch (DateTimeException ex) {
			return ex.getClass();
		}
	}

}
