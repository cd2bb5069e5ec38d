package org.cordon.reporting.rebuild;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.rebuild.domain.Difference;
import org.cordon.reporting.rebuild.domain.Verdict;
import org.cordon.reporting.rebuild.domain.ViewTables;

/**
 * Compares each live view table with its copy in a build, row by row: the rows of each
 * that the other lacks ({@code except} both ways, on every column), paired by primary
 * key. A row changed shows on both sides, a row missing from the live view only on the
 * build's, an extra live row only on the live side. Rows are written as JSON objects of
 * their columns in the table's order; NUMERIC columns (money, prices) as decimal strings.
 */
@Repository
class ViewComparisons {

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private static final String KEY_COLUMNS = """
			select a.attname from pg_index i
			join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
			where i.indrelid = to_regclass($1) and i.indisprimary
			order by array_position(i.indkey::int2[], a.attnum)""";

	private static final String COLUMNS = """
			select attname, format_type(atttypid, atttypmod) as type from pg_attribute
			where attrelid = to_regclass($1) and attnum > 0 and not attisdropped order by attnum""";

	private final DatabaseClient database;

	private final JsonMapper json;

	ViewComparisons(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	/**
	 * Compares every view; call inside the transaction that holds the live tables still
	 * at the build's positions.
	 * @param build the build's schema
	 * @param limit the most differences to list
	 * @return the verdict
	 */
	Mono<Verdict> compare(ShadowSchema build, int limit) {
		return Flux.fromIterable(ViewTables.VIEWS)
			.concatMap((table) -> compare(build, table, limit + 1))
			.collectList()
			.map((found) -> Verdict.of(found, limit));
	}

	private Flux<Difference> compare(ShadowSchema build, String table, int limit) {
		String live = ViewTables.LIVE_SCHEMA + "." + table;
		return names(KEY_COLUMNS, live, "attname")
			.zipWith(this.database.sql(COLUMNS)
				.bind(0, live)
				.map((row) -> new Column(row.get("attname", String.class), row.get("type", String.class)))
				.all()
				.collectList())
			.flatMapMany((shape) -> {
				List<String> key = shape.getT1();
				if (key.isEmpty()) {
					return Flux.error(new IllegalStateException(table + " has no primary key to compare by"));
				}
				return this.database.sql(differing(live, build.name() + "." + table, key, shape.getT2()))
					.bind(0, limit)
					.map((row) -> Difference.of(table, key, read(row.get("live", String.class)),
							read(row.get("expected", String.class))))
					.all();
			});
	}

	private Mono<List<String>> names(String query, String table, String column) {
		return this.database.sql(query).bind(0, table).map((row) -> row.get(column, String.class)).all().collectList();
	}

	private static String differing(String live, String build, List<String> key, List<Column> columns) {
		String all = columns.stream().map((c) -> ShadowTables.quoted(c.name())).collect(Collectors.joining(", "));
		String on = key.stream()
			.map((k) -> "l." + ShadowTables.quoted(k) + " = e." + ShadowTables.quoted(k))
			.collect(Collectors.joining(" and "));
		String order = key.stream()
			.map((k) -> "coalesce(l." + ShadowTables.quoted(k) + ", e." + ShadowTables.quoted(k) + ")")
			.collect(Collectors.joining(", "));
		return "select " + row("l", key.get(0), columns) + " as live, " + row("e", key.get(0), columns)
				+ " as expected\n from (select " + all + " from " + live + " except select " + all + " from " + build
				+ ") l\n full join (select " + all + " from " + build + " except select " + all + " from " + live
				+ ") e on " + on + "\n order by " + order + " limit $1";
	}

	/**
	 * A row as a JSON object of its columns in order, or null where the side has no row
	 * (its primary key, never null in a row, is null).
	 */
	private static String row(String side, String firstKey, List<Column> columns) {
		List<String> members = new ArrayList<>();
		for (Column column : columns) {
			String value = side + "." + ShadowTables.quoted(column.name());
			members.add("'" + column.name().replace("'", "''") + "', "
					+ (column.type().startsWith("numeric") ? value + "::text" : value));
		}
		return "case when " + side + "." + ShadowTables.quoted(firstKey) + " is null then null else json_build_object("
				+ String.join(", ", members) + ")::text end";
	}

	private Map<String, Object> read(String row) {
		return (row != null) ? this.json.readValue(row, ROW) : null;
	}

	private record Column(String name, String type) {

	}

}
