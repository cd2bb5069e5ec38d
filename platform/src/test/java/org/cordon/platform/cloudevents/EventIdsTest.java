package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdsTest {

	@Test
	void isAVersion7IdOfTheRfcVariant() {
		UUID id = EventIds.next(Instant.parse("2020-02-08T09:30:00.123Z"));

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void startsWithTheUnixMillisecondsOfItsInstant() {
		Instant at = Instant.parse("2020-02-08T09:30:00.123Z");

		UUID id = EventIds.next(at);

		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
		assertThat(id.toString()).startsWith("01702422-6a3b-7");
	}

	@Test
	void laterInstantsSortAfterEarlierOnesAsPostgresqlComparesUuids() {
		Instant at = Instant.parse("2020-02-08T09:30:00.123Z");

		String earlier = EventIds.next(at).toString();
		String later = EventIds.next(at.plusMillis(1)).toString();

		// PostgreSQL orders uuids by their bytes, as their text sorts
		assertThat(later).isGreaterThan(earlier);
	}

	@Test
	void idsOfTheSameMillisecondDiffer() {
		Instant at = Instant.parse("2020-02-08T09:30:00.123Z");
		Set<UUID> ids = new HashSet<>();

		for (int i = 0; i < 100_000; i++) {
			ids.add(EventIds.next(at));
		}

		assertThat(ids).hasSize(100_000);
	}

}
