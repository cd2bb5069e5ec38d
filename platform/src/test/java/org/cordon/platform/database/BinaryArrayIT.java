package org.cordon.platform.database;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.platform.testapp.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of {@link BinaryArray} arrives in PostgreSQL as the values it was made of,
 * read back through the database's own text output.
 */
@PlatformIntegrationTest
class BinaryArrayIT {

	/** How a null element reads back (a row mapper may not answer null). */
	private static final String NULL = "<null>";

	@Autowired
	DatabaseClient database;

	@Test
	void textsArriveByteForByteWithQuotesBackslashesNewlinesAndChineseCharacters() {
		List<String> texts = Arrays.asList("{\"note\":\"a \\\"quoted\\\" word\"}", "back\\slash, comma", "line\nbreak",
				"巴彦淖尔 临河区", "", "NULL", null);

		assertThat(unnested("text", BinaryArray.texts(texts, Function.identity())))
			.isEqualTo(texts.stream().map((t) -> (t != null) ? t : NULL).toList());
	}

	@Test
	void uuidsArriveAsThemselves() {
		List<UUID> ids = List.of(UUID.randomUUID(), UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
				UUID.fromString("00000000-0000-0000-0000-000000000001"));

		assertThat(unnested("uuid", BinaryArray.uuids(ids, Function.identity())))
			.isEqualTo(ids.stream().map(UUID::toString).toList());
	}

	@Test
	void intsArriveAsThemselvesNullsIncluded() {
		List<Integer> numbers = Arrays.asList(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, null, 1048);

		assertThat(unnested("int4", BinaryArray.ints(numbers, Function.identity())))
			.isEqualTo(numbers.stream().map((n) -> (n != null) ? n.toString() : NULL).toList());
	}

	@Test
	void instantsArriveToTheMicrosecondBeforeAndAfterPostgresqlsEpoch() {
		List<Instant> instants = List.of(Instant.parse("2020-02-04T16:00:00Z"),
				Instant.parse("2020-02-04T16:00:00.123456Z"), Instant.parse("1999-12-31T23:59:59.999999Z"),
				Instant.parse("1970-01-01T00:00:00Z"));

		assertThat(unnestedInstants(BinaryArray.instants(instants, Function.identity()))).isEqualTo(instants);
	}

	@Test
	void aFinerPartOfAnInstantIsCutOffNotRounded() {
		List<Instant> instants = List.of(Instant.parse("2020-02-04T16:00:00.123456999Z"),
				Instant.parse("1999-12-31T23:59:59.999999999Z"));

		assertThat(unnestedInstants(BinaryArray.instants(instants, Function.identity()))).containsExactly(
				Instant.parse("2020-02-04T16:00:00.123456Z"), Instant.parse("1999-12-31T23:59:59.999999Z"));
	}

	@Test
	void anEmptyArrayIsEmpty() {
		assertThat(unnested("uuid", BinaryArray.uuids(List.<UUID>of(), Function.identity()))).isEmpty();
		Long length = this.database.sql("select coalesce(cardinality($1::text[]), -1) as n")
			.bind(0, BinaryArray.texts(List.<String>of(), Function.identity()))
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
		assertThat(length).isZero();
	}

	@Test
	void aThousandRowsOfEveryKindUnnestTogetherInOrder() {
		List<Integer> rows = new ArrayList<>();
		for (int n = 0; n < 1000; n++) {
			rows.add(n);
		}
		List<String> joined = this.database
			.sql("select n || ' ' || t || ' ' || u || ' ' || extract(epoch from i)::bigint as row"
					+ " from unnest($1::int4[], $2::text[], $3::uuid[], $4::timestamptz[]) with ordinality"
					+ " as r (n, t, u, i, k) order by k")
			.bind(0, BinaryArray.ints(rows, Function.identity()))
			.bind(1, BinaryArray.texts(rows, (n) -> "t" + n))
			.bind(2, BinaryArray.uuids(rows, (n) -> new UUID(0, n)))
			.bind(3, BinaryArray.instants(rows, (n) -> Instant.ofEpochSecond(n)))
			.map((row) -> row.get("row", String.class))
			.all()
			.collectList()
			.block();

		assertThat(joined).hasSize(1000);
		assertThat(joined.get(0)).isEqualTo("0 t0 00000000-0000-0000-0000-000000000000 0");
		assertThat(joined.get(999)).isEqualTo("999 t999 00000000-0000-0000-0000-0000000003e7 999");
	}

	private List<String> unnested(String type, BinaryArray array) {
		return this.database
			.sql("select coalesce(e::text, '" + NULL + "') as e from unnest($1::" + type
					+ "[]) with ordinality as a (e, n) order by n")
			.bind(0, array)
			.map((row) -> row.get("e", String.class))
			.all()
			.collectList()
			.block();
	}

	private List<Instant> unnestedInstants(BinaryArray array) {
		return this.database.sql("select e from unnest($1::timestamptz[]) with ordinality as a (e, n) order by n")
			.bind(0, array)
			.map((row) -> row.get("e", Instant.class))
			.all()
			.collectList()
			.block();
	}

}
