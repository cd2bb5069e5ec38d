package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CommonTimesTest {

	/** Jackson's own readers alone. */
	private static final JsonMapper JACKSON = JsonMapper.builder().build();

	private static final JsonMapper COMMON = JsonMapper.builder().addModule(CommonTimes.module()).build();

	@Test
	void instantsReadAsJacksonReadsThemWhateverTheirForm() {
		for (String value : List.of("\"2026-11-30T09:37:21.385723308Z\"", "\"2026-11-30T09:37:21Z\"",
				"\"2024-02-29T12:00:00.5Z\"", "\"0001-01-01T00:00:00Z\"", "\"2026-11-30T09:37:21+08:00\"",
				"\"2026-11-30T09:37:21.123+0800\"", "\"+12026-11-30T09:37:21Z\"", "\"2026-11-30T23:59:60Z\"",
				"\"2026-02-30T09:37:21Z\"", "\"2026-13-01T00:00:00Z\"", "\"2026-11-30T24:00:00Z\"",
				"\"2026-11-30T09:37:21.Z\"", "\"2026-11-30T09:37:21.1234567890Z\"", "\"2026-11-30 09:37:21Z\"",
				"\"2026-11-30t09:37:21Z\"", "\"2026-11-30T09:37:21z\"", "\" 2026-11-30T09:37:21Z \"", "\"1700000000\"",
				"\"1700000000.5\"", "1700000000", "1700000000.123456789", "-5", "\"\"", "\"yesterday\"", "null", "true",
				"[]", "{}")) {
			String json = "{\"at\":" + value + "}";
			assertThat(outcome(() -> COMMON.readValue(json, Timed.class))).as(json)
				.isEqualTo(outcome(() -> JACKSON.readValue(json, Timed.class)));
		}
	}

	@Test
	void datesReadAsJacksonReadsThemWhateverTheirForm() {
		for (String value : List.of("\"2020-02-03\"", "\"2024-02-29\"", "\"0001-01-01\"", "\"9999-12-31\"",
				"\"2025-02-29\"", "\"2020-13-01\"", "\"2020-00-10\"", "\"2020-02-00\"", "\"2020-2-03\"",
				"\"+12020-02-03\"", "\"2020-02-03T10:00:00\"", "\"2020-02-03T10:00:00Z\"", "\" 2020-02-03 \"",
				"\"2020/02/03\"", "\"2020-02-0a\"", "\"\"", "[2020,2,3]", "18000", "null", "true", "{}")) {
			String json = "{\"on\":" + value + "}";
			assertThat(outcome(() -> COMMON.readValue(json, Dated.class))).as(json)
				.isEqualTo(outcome(() -> JACKSON.readValue(json, Dated.class)));
		}
	}

	@Test
	void randomTimesWrittenAsJacksonWritesThemReadBack() {
		Random random = new Random(5);
		for (int i = 0; i < 5_000; i++) {
			Timed timed = new Timed(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
					(random.nextInt(4) == 0) ? 0 : random.nextInt(1_000_000_000)));
			Dated dated = new Dated(LocalDate.ofEpochDay(random.nextLong(-700_000, 2_900_000)));
			assertThat(COMMON.readValue(JACKSON.writeValueAsString(timed), Timed.class)).isEqualTo(timed);
			assertThat(COMMON.readValue(JACKSON.writeValueAsString(dated), Dated.class)).isEqualTo(dated);
		}
	}

	/** The value read, or the failure's class and words. */
	private static Object outcome(Supplier<Object> reading) {
		try {
			return reading.get();
		}
		catch (RuntimeException ex) {
			return List.of(ex.getClass(), String.valueOf(ex.getMessage()));
		}
	}

	record Timed(Instant at) {

	}

	record Dated(LocalDate on) {

	}

}
