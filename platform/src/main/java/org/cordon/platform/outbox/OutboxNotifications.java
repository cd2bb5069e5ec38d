package org.cordon.platform.outbox;

import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Listens on its own connection for the {@code outbox} notification another replica's
 * {@link OutboxAnnouncer} sends, and wakes the relay; reconnects when the connection
 * drops. This instance's own notifications are for the others: waking its own relay with
 * them would make a relay that cannot take the lock notify, wake itself, and notify
 * again.
 */
class OutboxNotifications {

	private static final Log logger = LogFactory.getLog(OutboxNotifications.class);

	private final ConnectionFactory unpooled;

	private final Runnable wake;

	private final String instance;

	OutboxNotifications(ConnectionFactory unpooled, Runnable wake, String instance) {
		this.unpooled = unpooled;
		this.wake = wake;
		this.instance = instance;
	}

	Disposable listen() {
		return Flux
			.usingWhen(this.unpooled.create(), this::listenOn, Connection::close,
					(connection, failure) -> connection.close(), Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry((signal) -> logger
					.warn("Outbox notifications lost, reconnecting: " + signal.failure().getMessage())))
			.subscribe((notification) -> this.wake.run());
	}

	private Flux<Object> listenOn(Connection connection) {
		PostgresqlConnection postgres = (PostgresqlConnection) connection;
		return postgres.createStatement("LISTEN outbox")
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.then(Mono.fromRunnable(this.wake))
			.thenMany(postgres.getNotifications()
				.filter((notification) -> !this.instance.equals(notification.getParameter()))
				.map(Object.class::cast));
	}

}
