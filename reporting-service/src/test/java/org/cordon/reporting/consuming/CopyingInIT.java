package org.cordon.reporting.consuming;

import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Rows copied in binary are the rows their text would have written, and a copy that meets
 * a key already in its table changes nothing and leaves the work to the statement that
 * merges.
 */
@ReportingServiceTest
class CopyingInIT {

	static final UUID FIRST = UUID.fromString("6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10");

	static final UUID SECOND = UUID.fromString("0d6a3c1b-52c4-4a7e-9f0e-1f2a3b4c5d6e");

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	CopyingIn copying;

	String table;

	@BeforeEach
	void createTable() {
		this.table = "copied_" + UUID.randomUUID().toString().replace("-", "");
		execute("create table " + this.table + " (k text primary key, id uuid, at timestamptz, on_day date, n integer,"
				+ " total bigint not null default 0, flag boolean, at_text text, on_day_text text)");
	}

	@AfterEach
	void dropTable() {
		execute("drop table " + this.table);
	}

	@Test
	void valuesCopiedInBinaryEqualTheirTextAsTheServerReadsIt() {
		Random random = new Random(3);
		CopyRows rows = CopyRows.into(this.table, "k", "id", "at", "on_day", "n", "total", "flag", "at_text",
				"on_day_text");
		int count = 20_000;
		for (int i = 0; i < count; i++) {
			// nanoseconds, exact halves of a microsecond, whole microseconds, before 1970
			int nanos = switch (i % 4) {
				case 0 -> random.nextInt(1_000_000_000);
				case 1 -> random.nextInt(1_000_000) * 1000 + 500;
				case 2 -> random.nextInt(1_000_000) * 1000;
				default -> 999_999_000 + random.nextInt(1000);
			};
			Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), nanos);
			LocalDate day = LocalDate.ofEpochDay(random.nextLong(-719_000, 2_932_000));
			rows.row()
				.text("k" + i)
				.uuid(UUID.randomUUID())
				.timestamp(at)
				.date(day)
				.int4(random.nextInt())
				.int8(random.nextLong())
				.bool(random.nextBoolean())
				.text(at.toString())
				.text(day.toString());
		}
		assertThat(rows.exact()).isTrue();
		inTransaction(this.copying.copy(rows));

		assertThat(single("select count(*) from " + this.table)).isEqualTo((long) count);
		assertThat(single("select count(*) from " + this.table
				+ " where at is distinct from at_text::timestamptz or on_day is distinct from on_day_text::date"))
			.isZero();
	}

	@Test
	void newKeysAreCopiedInWithoutTheMergingStatement() {
		CopyRows rows = CopyRows.into(this.table, "k", "total").row().text("a").int8(2).row().text("b").int8(3);
		inBuildTransaction(this.copying.copyOrElse(() -> rows, () -> Mono.error(new AssertionError("not copied"))));

		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 3L));
	}

	@Test
	void aKeyAlreadyThereLeavesTheRowsToTheMergingStatementAndTheTransactionGoesOn() {
		execute("insert into " + this.table + " (k, total) values ('a', 1)");
		CopyRows rows = CopyRows.into(this.table, "k", "total").row().text("a").int8(2).row().text("b").int8(3);
		AtomicInteger merges = new AtomicInteger();
		inBuildTransaction(this.copying.copyOrElse(() -> rows, () -> Mono.defer(() -> {
			merges.incrementAndGet();
			return merge(Map.of("a", 2L, "b", 3L));
		})).then(merge(Map.of("c", 4L))));

		assertThat(merges).hasValue(1);
		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3L, "b", 3L, "c", 4L));
	}

	@Test
	void aValueWithoutAnExactBinaryFormIsLeftToTheMergingStatement() {
		CopyRows rows = CopyRows.into(this.table, "k", "on_day").row().text("a").date(LocalDate.of(10_000, 1, 1));
		AtomicInteger merges = new AtomicInteger();
		inBuildTransaction(this.copying.copyOrElse(() -> rows, () -> Mono.defer(() -> {
			merges.incrementAndGet();
			return Mono.empty();
		})));

		assertThat(merges).hasValue(1);
		assertThat(single("select count(*) from " + this.table)).isZero();
	}

	@Test
	void anyOtherFailureOfTheCopyFailsTheTransaction() {
		CopyRows rows = CopyRows.into(this.table, "k", "at_text").row().text("a").text("nul \u0000 inside");
		AtomicInteger merges = new AtomicInteger();

		assertThatException()
			.isThrownBy(() -> inBuildTransaction(this.copying.copyOrElse(() -> rows, () -> Mono.defer(() -> {
				merges.incrementAndGet();
				return Mono.empty();
			}))));
		assertThat(merges).hasValue(0);
		assertThat(single("select count(*) from " + this.table)).isZero();
	}

	@Test
	void outsideABuildRowsAreOnlyMerged() {
		CopyRows rows = CopyRows.into(this.table, "k", "total").row().text("a").int8(2);
		AtomicInteger merges = new AtomicInteger();
		inTransaction(this.copying.copyOrElse(() -> rows, () -> Mono.defer(() -> {
			merges.incrementAndGet();
			return merge(Map.of("a", 2L));
		})));

		assertThat(merges).hasValue(1);
		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L));
	}

	@Test
	void outsideABuildEveryRowIsMerged() {
		execute("insert into " + this.table + " (k, id, total) values ('a', '" + FIRST + "', 1)");
		List<String> merged = new ArrayList<>();
		inTransaction(this.copying.copyNewOrElse(this.table, List.of(FIRST, SECOND), (id) -> id, this::rowsOf,
				(ids) -> mergeIds(ids, merged)));

		assertThat(merged).containsExactly("merge " + FIRST, "merge " + SECOND);
		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 1L));
	}

	@Test
	void inABuildTheKeysItHasNotWrittenAreCopiedAndTheOthersMerged() {
		KeysWritten keys = new KeysWritten(100);
		List<String> merged = new ArrayList<>();
		inTransaction(this.copying
			.copyNewOrElse(this.table, List.of(FIRST), (id) -> id, this::rowsOf, (ids) -> mergeIds(ids, merged))
			.contextWrite(Context.of(KeysWritten.class, keys)));
		inTransaction(this.copying
			.copyNewOrElse(this.table, List.of(FIRST, SECOND), (id) -> id, this::rowsOf, (ids) -> mergeIds(ids, merged))
			.contextWrite(Context.of(KeysWritten.class, keys)));

		assertThat(merged).containsExactly("merge " + FIRST);
		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 1L));
	}

	@Test
	void aKeyTakenForNewThatIsThereAlreadyIsMergedAll() {
		execute("insert into " + this.table + " (k, id, total) values ('a', '" + FIRST + "', 1)");
		List<String> merged = new ArrayList<>();
		inTransaction(this.copying
			.copyNewOrElse(this.table, List.of(FIRST, SECOND), (id) -> id, this::rowsOf, (ids) -> mergeIds(ids, merged))
			.contextWrite(Context.of(KeysWritten.class, new KeysWritten(100))));

		assertThat(merged).containsExactly("merge " + FIRST, "merge " + SECOND);
		assertThat(totals()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2L, "b", 1L));
	}

	@Test
	void beyondItsLimitABuildTakesEveryOtherKeyForWritten() {
		KeysWritten keys = new KeysWritten(1);
		List<String> merged = new ArrayList<>();
		inTransaction(this.copying
			.copyNewOrElse(this.table, List.of(FIRST, SECOND), (id) -> id, this::rowsOf, (ids) -> mergeIds(ids, merged))
			.contextWrite(Context.of(KeysWritten.class, keys)));

		assertThat(merged).isEmpty();
		assertThat(keys.isNew(this.table, FIRST)).isFalse();
		assertThat(keys.isNew(this.table, UUID.randomUUID())).isFalse();
	}

	/** Rows keyed 'a' for {@link #FIRST}, 'b' for any other id, each adding one. */
	private CopyRows rowsOf(List<UUID> ids) {
		CopyRows rows = CopyRows.into(this.table, "k", "id", "total");
		ids.forEach((id) -> rows.row().text(FIRST.equals(id) ? "a" : "b").uuid(id).int8(1));
		return rows;
	}

	private Mono<Void> mergeIds(List<UUID> ids, List<String> merged) {
		return Mono.fromRunnable(() -> ids.forEach((id) -> merged.add("merge " + id)))
			.then(merge(ids.stream().collect(Collectors.toMap((id) -> FIRST.equals(id) ? "a" : "b", (id) -> 1L))));
	}

	private Mono<Void> merge(Map<String, Long> totals) {
		List<String> keys = List.copyOf(totals.keySet());
		return this.database
			.sql("insert into " + this.table + " as t (k, total) select * from unnest($1::text[], $2::bigint[])"
					+ " on conflict (k) do update set total = t.total + excluded.total")
			.bind(0, keys.toArray(String[]::new))
			.bind(1, keys.stream().map(totals::get).toArray(Long[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private Map<String, Long> totals() {
		return this.database.sql("select k, total from " + this.table)
			.map((row) -> Map.entry(row.get("k", String.class), row.get("total", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

	/**
	 * In a build's batch: its keys in the Reactor context, as ApplyingToShadows puts
	 * them.
	 */
	private void inBuildTransaction(Mono<Void> work) {
		inTransaction(work.contextWrite(Context.of(KeysWritten.class, new KeysWritten(100))));
	}

	private void inTransaction(Mono<Void> work) {
		this.transactions.transactional(work).block();
	}

	private long single(String query) {
		return this.database.sql(query).map((row) -> row.get(0, Long.class)).one().block();
	}

	private void execute(String statement) {
		this.database.sql(statement).fetch().rowsUpdated().block();
	}

}
