package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Writes rows with {@code COPY}, inside the caller's transaction. A build fills tables
 * that grow by a row per event (the views as of an instant); for those, copying binary
 * rows costs the server a third of what an {@code insert … on conflict} of the same rows
 * bound as arrays costs, which was the largest part of a rebuild's database work.
 */
@Component
public class CopyingIn {

	/** PostgreSQL's {@code unique_violation}. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final DatabaseClient database;

	CopyingIn(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Writes rows of a table that grows by a row per event. In a build (its
	 * {@link KeysWritten} in the Reactor context, {@link ApplyingToShadows}), whose rows
	 * are almost all new, they are copied in, or, when one is not (the table's unique
	 * index refuses the copy, which then changes nothing) or a value has no exact binary
	 * form, written by the other statement; elsewhere only the other statement runs. Both
	 * must write the same rows: the copy is only the cheaper way when no row meets
	 * another.
	 * @param rows the rows, at most one per key
	 * @param otherwise the statement that merges the same rows into the table
	 * @return completion
	 */
	public Mono<Void> copyOrElse(Supplier<CopyRows> rows, Supplier<Mono<Void>> otherwise) {
		return Mono.deferContextual(
				(context) -> context.hasKey(KeysWritten.class) ? copyOrElse(rows.get(), otherwise) : otherwise.get());
	}

	private Mono<Void> copyOrElse(CopyRows rows, Supplier<Mono<Void>> otherwise) {
		if (rows.size() == 0) {
			return Mono.empty();
		}
		if (!rows.exact()) {
			return otherwise.get();
		}
		return execute("savepoint copy_rows").then(copy(rows))
			.then(execute("release savepoint copy_rows"))
			.onErrorResume(CopyingIn::isUniqueViolation,
					(violation) -> execute("rollback to savepoint copy_rows").then(Mono.defer(otherwise)));
	}

	/**
	 * Writes rows of a table of one row per key. In a build (its {@link KeysWritten} in
	 * the Reactor context, {@link ApplyingToShadows}), the rows whose keys it has not
	 * written yet are copied in ({@link #copyOrElse}) and the others merged; elsewhere
	 * all are merged. A build meets most persons and issues for the first time.
	 * @param <T> a row
	 * @param table the table
	 * @param rows the rows, at most one per key
	 * @param key a row's key
	 * @param copyRows the rows as binary rows of the table
	 * @param merge the statement that merges rows into the table
	 * @return completion
	 */
	public <T> Mono<Void> copyNewOrElse(String table, List<T> rows, Function<T, UUID> key,
			Function<List<T>, CopyRows> copyRows, Function<List<T>, Mono<Void>> merge) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		return Mono.deferContextual((context) -> {
			Optional<KeysWritten> written = context.getOrEmpty(KeysWritten.class);
			if (written.isEmpty()) {
				return merge.apply(rows);
			}
			List<T> fresh = new ArrayList<>();
			List<T> known = new ArrayList<>();
			for (T row : rows) {
				(written.get().isNew(table, key.apply(row)) ? fresh : known).add(row);
			}
			Mono<Void> copied = fresh.isEmpty() ? Mono.empty()
					: copyOrElse(copyRows.apply(fresh), () -> merge.apply(fresh));
			Mono<Void> merged = known.isEmpty() ? Mono.empty() : merge.apply(known);
			return copied.then(merged)
				.then(Mono.fromRunnable(() -> written.get().written(table, fresh.stream().map(key).toList())));
		});
	}

	/**
	 * Copies rows in; any failure fails the caller's transaction.
	 * @param rows the rows
	 * @return completion
	 */
	public Mono<Void> copy(CopyRows rows) {
		if (rows.size() == 0) {
			return Mono.empty();
		}
		byte[] bytes = rows.bytes();
		return this.database
			.inConnection((connection) -> driverConnection(connection).copyIn(rows.statement()).from(bytes).build())
			.then();
	}

	/**
	 * @return the driver's connection under the proxies of the transaction and the pool
	 */
	private static PostgresqlConnection driverConnection(Connection connection) {
		Object unwrapped = connection;
		while (!(unwrapped instanceof PostgresqlConnection) && unwrapped instanceof Wrapped<?> wrapped) {
			unwrapped = wrapped.unwrap();
		}
		if (unwrapped instanceof PostgresqlConnection postgresql) {
			return postgresql;
		}
		throw new IllegalStateException("Not a PostgreSQL connection: " + connection);
	}

	private Mono<Void> execute(String statement) {
		return this.database.sql(statement).fetch().rowsUpdated().then();
	}

	private static boolean isUniqueViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException r2dbc && UNIQUE_VIOLATION.equals(r2dbc.getSqlState())) {
				return true;
			}
		}
		return false;
	}

}
