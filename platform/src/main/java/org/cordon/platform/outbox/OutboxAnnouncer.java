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
 * Tells the relays that new outbox rows committed: this instance's relay at once, the
 * other replicas' through {@code NOTIFY outbox}.
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

	private final Runnable wakeLocalRelay;

	private final AtomicBoolean sending = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	private Mono<Connection> connection;

	OutboxAnnouncer(ConnectionFactory unpooled, Runnable wakeLocalRelay) {
		this.unpooled = unpooled;
		this.wakeLocalRelay = wakeLocalRelay;
		this.connection = connect();
	}

	/**
	 * Announces committed rows. Calls that come while a notification is on its way are
	 * folded into one more notification after it, so a burst of writes costs a few
	 * notifications, not one each.
	 */
	void announce() {
		this.wakeLocalRelay.run();
		if (this.unpooled == null) {
			return;
		}
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
			.flatMapMany((session) -> Flux.from(session.createStatement("select pg_notify('outbox', '')").execute())
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
		if (this.unpooled == null) {
			return Mono.empty();
		}
		return Mono.from(this.unpooled.create())
			.flatMap((session) -> Flux.from(session.createStatement("set synchronous_commit = off").execute())
				.flatMap(Result::getRowsUpdated)
				.then(Mono.just(session)))
			.cache();
	}

}
