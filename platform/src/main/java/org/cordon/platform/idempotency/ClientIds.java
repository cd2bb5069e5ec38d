package org.cordon.platform.idempotency;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.platform.problem.ProblemException;

/**
 * Runs a create at most once per client-generated id. The id is claimed in the caller's
 * transaction, together with the change, so a crash between the two leaves neither. A
 * repeat with the same content gets the first result back; other content is a conflict.
 * Two concurrent requests with one id serialise on the claim's primary key.
 */
public class ClientIds {

	private static final JsonMapper RESULTS = JsonMapper.builder().build();

	private final DatabaseClient database;

	public ClientIds(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Creates once; call inside a transaction.
	 * @param <T> the result type
	 * @param scope what kind of thing the id names, e.g. {@code checkpoint}
	 * @param clientId the client's id
	 * @param content the parsed request, compared by {@link Fingerprint}
	 * @param resultType to read a stored result back
	 * @param create the change, run only for the first request
	 * @return the result, flagged as duplicate on a repeat
	 */
	public <T> Mono<Created<T>> createOnce(String scope, UUID clientId, Object content, Class<T> resultType,
			Supplier<Mono<T>> create) {
		String fingerprint = Fingerprint.of(content);
		return this.database
			.sql("insert into client_ids (scope, client_id, fingerprint) values ($1, $2, $3) on conflict do nothing")
			.bind(0, scope)
			.bind(1, clientId)
			.bind(2, fingerprint)
			.fetch()
			.rowsUpdated()
			.flatMap((claimed) -> (claimed == 1) ? createAndRemember(scope, clientId, create)
					: repeat(scope, clientId, fingerprint, resultType));
	}

	private <T> Mono<Created<T>> createAndRemember(String scope, UUID clientId, Supplier<Mono<T>> create) {
		return create.get()
			.flatMap((result) -> this.database
				.sql("update client_ids set result = $1 where scope = $2 and client_id = $3")
				.bind(0, RESULTS.writeValueAsString(result))
				.bind(1, scope)
				.bind(2, clientId)
				.fetch()
				.rowsUpdated()
				.thenReturn(new Created<>(result, false)));
	}

	private <T> Mono<Created<T>> repeat(String scope, UUID clientId, String fingerprint, Class<T> resultType) {
		return this.database.sql("select fingerprint, result from client_ids where scope = $1 and client_id = $2")
			.bind(0, scope)
			.bind(1, clientId)
			.map((row) -> Map.entry(row.get("fingerprint", String.class), row.get("result", String.class)))
			.one()
			.map((stored) -> {
				if (!stored.getKey().equals(fingerprint)) {
					throw ProblemException.conflict("The " + scope + " id " + clientId
							+ " was already used with other content; use a new id for new content.");
				}
				return new Created<>(RESULTS.readValue(stored.getValue(), resultType), true);
			});
	}

}
