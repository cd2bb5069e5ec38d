package org.cordon.platform.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells the other replicas' relays that rows are waiting, through {@code NOTIFY outbox}
 * with this instance's id as payload, so that its own listener can tell its own
 * notifications from theirs. The relay decides when (see {@link OutboxRelay#announce}).
 * <p>
 * The notification is sent after the writing transaction committed, on a connection of
 * its own with {@code synchronous_commit = off}. Sent inside the writing transaction, it
 * would hold PostgreSQL's global notify lock until that transaction's commit is flushed
 * to disk, and every write of the service would commit one after the other. A lost
 * notification costs only latency: the relays also poll.
 */
class OutboxAnnouncer {

	private static final Log logger = LogFactory.getLog(OutboxAnnouncer.class);

	private final ConnectionFactory unpooled;

	private final String instance;

	private final AtomicBoolean sending = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	private Mono<Connection> connection;

	OutboxAnnouncer(ConnectionFactory unpooled, String instance) {
		this.unpooled = unpooled;
		this.instance = instance;
		this.connection = connect();
	}

	/**
	 * Announces committed rows. Calls that come while a notification is on its way are
	 * folded into one more notification after it, so a burst of writes costs a few
	 * notifications, not one each.
	 */
	void announce() {
		this.again.set(true);
		if (this.sending.compareAndSet(false, true)) {
			sendWhileAsked();
		}
	}

	private void sendWhileAsked() {
		if (!this.again.getAndSet(false)) {
			this.sending.set(false);
			// a call may have set "again" between the two lines above
			if (this.again.get() && this.sending.compareAndSet(false, true)) {
				sendWhileAsked();
			}
			return;
		}
		this.connection
			.flatMapMany((session) -> Flux
				.from(session.createStatement("select pg_notify('outbox', $1)").bind(0, this.instance).execute())
				.flatMap(Result::getRowsUpdated))
			.then()
			.timeout(Duration.ofSeconds(5))
			.doOnError((failure) -> {
				logger.debug("Could not announce the outbox; the relays' poll will find the rows", failure);
				this.connection = connect();
			})
			.onErrorResume((failure) -> Mono.empty())
			.doFinally((signal) -> sendWhileAsked())
			.subscribe();
	}

	private Mono<Connection> connect() {
		return Mono.from(this.unpooled.create())
			.flatMap((session) -> Flux.from(session.createStatement("set synchronous_commit = off").execute())
				.flatMap(Result::getRowsUpdated)
				.then(Mono.just(session)))
			.cache();
	}

}
