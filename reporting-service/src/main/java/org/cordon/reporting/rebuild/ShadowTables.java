package org.cordon.reporting.rebuild;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.rebuild.domain.ViewTables;

/**
 * The shadow schemas' tables: empty copies of the live view tables made exactly like
 * them, and the swap that puts a build's tables in the live tables' place.
 * <p>
 * A copy has the live table's columns, defaults and checks ({@code like … including all
 * excluding indexes}), then the live table's constraints and, once the build is filled,
 * its other indexes, under their own names, so that tables swapped in keep the names the
 * migrations gave them.
 */
@Repository
class ShadowTables {

	private static final String LIVE = ViewTables.LIVE_SCHEMA;

	/** How long a swap lets readers go on before it tries to lock the tables again. */
	private static final Duration LOCK_RETRY = Duration.ofMillis(10);

	private static final String CONSTRAINTS = """
			select conname, pg_get_constraintdef(oid) as definition from pg_constraint
			where conrelid = to_regclass($1) and contype in ('p', 'u', 'x') order by conname""";

	/**
	 * How many indexes, or tables' statistics, a filled build makes at once, each on a
	 * connection of its own: the service waits for them, and one such statement keeps one
	 * of the server's cores busy.
	 */
	private static final int AT_ONCE = 2;

	/** Indexes of no constraint: the constraints bring their own. */
	private static final String PLAIN_INDEXES = """
			select pg_get_indexdef(i.indexrelid) as definition from pg_index i
			where i.indrelid = to_regclass($1)
			  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
			order by i.indexrelid""";

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	ShadowTables(DatabaseClient database, TransactionalOperator transactions) {
		this.database = database;
		this.transactions = transactions;
	}

	/**
	 * Creates the schema with an empty copy of every table a build fills, in one
	 * transaction: all of them or none. The copies have the live tables' constraints (the
	 * upserts need their unique indexes) but not yet their other indexes: those are made
	 * once the build is filled ({@link #index}), faster than kept up to date row by row
	 * while it is.
	 * @param schema the new schema
	 * @return completion
	 */
	Mono<Void> create(ShadowSchema schema) {
		Mono<Void> creating = execute("create schema " + schema.name())
			.thenMany(Flux.fromIterable(ViewTables.copied()).concatMap((table) -> copy(schema, table)))
			.then();
		return this.transactions.transactional(creating);
	}

	private Mono<Void> copy(ShadowSchema schema, String table) {
		String copy = schema.name() + "." + table;
		Mono<Void> created = execute(
				"create table " + copy + " (like " + LIVE + "." + table + " including all excluding indexes)");
		return ViewTables.APPLIED_EVENTS.equals(table) ? created : created.then(constrain(schema, table));
	}

	private Mono<Void> constrain(ShadowSchema schema, String table) {
		return definitions(CONSTRAINTS, table, true).flatMapMany(Flux::fromIterable)
			.concatMap((constraint) -> execute(
					"alter table " + schema.name() + "." + table + " add constraint " + constraint))
			.then();
	}

	/**
	 * Gives a filled build's tables what {@link #create} left out: the constraints of
	 * {@code applied_events} and the live tables' indexes of no constraint, under their
	 * names; call once, after the build stored the ids it claimed in memory, before it is
	 * compared or swapped in.
	 * @param schema the build's schema
	 * @return completion
	 */
	Mono<Void> index(ShadowSchema schema) {
		Flux<String> constraints = definitions(CONSTRAINTS, ViewTables.APPLIED_EVENTS, true)
			.flatMapIterable((definitions) -> definitions)
			.map((constraint) -> "alter table " + schema.name() + "." + ViewTables.APPLIED_EVENTS + " add constraint "
					+ constraint);
		Flux<String> indexes = Flux.fromIterable(ViewTables.copied())
			.concatMap((table) -> definitions(PLAIN_INDEXES, table, false).flatMapIterable((definitions) -> definitions)
				.map((index) -> onSchema(index, table, schema)));
		// every definition read before the first is made, then a few made at once
		return Flux.concat(constraints, indexes)
			.collectList()
			.flatMapMany(Flux::fromIterable)
			.flatMap(this::execute, AT_ONCE)
			.then();
	}

	private Mono<List<String>> definitions(String query, String table, boolean named) {
		// read whole before the next statement: one connection runs one statement at a
		// time
		return this.database.sql(query)
			.bind(0, LIVE + "." + table)
			.map((row) -> named ? quoted(row.get("conname", String.class)) + " " + row.get("definition", String.class)
					: row.get("definition", String.class))
			.all()
			.collectList();
	}

	private static String onSchema(String indexDefinition, String table, ShadowSchema schema) {
		String live = " ON " + LIVE + "." + table + " ";
		int at = indexDefinition.indexOf(live);
		if (at < 0 || indexDefinition.indexOf(live, at + 1) >= 0) {
			throw new IllegalStateException("Cannot place this index of " + table + " in a copy: " + indexDefinition);
		}
		return indexDefinition.replace(live, " ON " + schema.name() + "." + table + " ");
	}

	/**
	 * Gathers the planner's statistics of a filled build, so that the tables answer as
	 * fast as the live ones from the moment they are swapped in.
	 * @param schema the build's schema
	 * @return completion
	 */
	Mono<Void> analyze(ShadowSchema schema) {
		return Flux.fromIterable(ViewTables.copied())
			.flatMap((table) -> execute("analyze " + schema.name() + "." + table), AT_ONCE)
			.then();
	}

	/**
	 * Moves every live table to the retired schema and the build's tables in their place;
	 * call inside the transaction that holds the live tables' lock, with the
	 * {@code search_path} of the live views. Readers wait for the commit and then read
	 * the build's tables: never an empty or a half view.
	 * <p>
	 * The tables are locked all at once first, without waiting: a reader that holds one
	 * view table while it waits for another (a join) and a swap that holds the other
	 * while it waits for the first would deadlock. So the swap never waits holding a
	 * table; it lets go of all and tries again until {@code patience} runs out, then
	 * fails as a lock not granted in time.
	 * @param build the build's schema
	 * @param retired the schema to move the live tables to
	 * @param patience how long to keep trying to lock the tables
	 * @return completion
	 */
	Mono<Void> swap(ShadowSchema build, ShadowSchema retired, Duration patience) {
		return lockAll(build, System.nanoTime() + patience.toNanos()).then(execute("create schema " + retired.name()))
			.thenMany(Flux.fromIterable(ViewTables.copied())
				.concatMap((table) -> execute("alter table " + LIVE + "." + table + " set schema " + retired.name())
					.then(execute("alter table " + build.name() + "." + table + " set schema " + LIVE))))
			.then();
	}

	private Mono<Void> lockAll(ShadowSchema build, long deadline) {
		String tables = ViewTables.copied()
			.stream()
			.map((table) -> LIVE + "." + table + ", " + build.name() + "." + table)
			.collect(Collectors.joining(", "));
		return execute("savepoint swap_locks")
			.then(execute("lock table " + tables + " in access exclusive mode nowait"))
			.then(execute("release savepoint swap_locks"))
			.onErrorResume(LockTimeouts::isLockTimeout,
					(busy) -> execute("rollback to savepoint swap_locks").then((System.nanoTime() < deadline)
							? Mono.delay(LOCK_RETRY).then(lockAll(build, deadline)) : Mono.error(busy)));
	}

	/**
	 * @param schema a shadow schema
	 * @return completion once it is gone, with whatever it held
	 */
	Mono<Void> drop(ShadowSchema schema) {
		return execute("drop schema if exists " + schema.name() + " cascade");
	}

	/**
	 * @return the rebuilds' schemas that exist: builds and retired tables
	 */
	Flux<ShadowSchema> rebuildSchemas() {
		return this.database.sql("select nspname from pg_namespace where nspname like 'views\\_%'")
			.map((row) -> row.get("nspname", String.class))
			.all()
			.filter(ShadowSchema::isRebuildSchema)
			.map(ShadowSchema::new);
	}

	/**
	 * Gives the rest of the transaction the {@code search_path} of the live views again,
	 * after a build's statements set it to the build's schema.
	 * @return completion
	 */
	Mono<Void> useLiveSchema() {
		return execute("set local search_path to default");
	}

	private Mono<Void> execute(String statement) {
		return this.database.sql(statement).fetch().rowsUpdated().then();
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
