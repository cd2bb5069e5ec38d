package org.cordon.reporting.stream;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Service;

import org.cordon.reporting.stream.domain.Resume;
import org.cordon.reporting.stream.domain.View;

/**
 * One subscriber's stream: a snapshot, or the changes it missed, then every change as it
 * is committed, with a comment line now and then so that proxies keep the connection.
 * <p>
 * Without gaps: the subscriber takes the shared feed into a buffer of its own first, then
 * reads which change the database holds last; whatever the snapshot (or the missed
 * changes) covers is dropped from the buffer, everything after is sent. A change the
 * snapshot already includes may come again: its data holds new values, not increments, so
 * seeing it twice changes nothing.
 * <p>
 * When a rebuild replaced the views, the subscriber is sent fresh snapshots (their id the
 * rebuild's change) instead of that change, and a client resuming from before a rebuild
 * gets fresh snapshots instead of the changes it missed: the changes before a rebuild
 * describe tables that are gone.
 */
@Service
class LiveStream {

	private static final ServerSentEvent<String> HEARTBEAT = ServerSentEvent.<String>builder()
		.comment("heartbeat")
		.build();

	private static final int PAGE = 500;

	private final ChangeFeed feed;

	private final ViewChanges changes;

	private final Snapshots snapshots;

	private final StreamProperties properties;

	LiveStream(ChangeFeed feed, ViewChanges changes, Snapshots snapshots, StreamProperties properties) {
		this.feed = feed;
		this.changes = changes;
		this.snapshots = snapshots;
		this.properties = properties;
	}

	/**
	 * @param views the views to follow
	 * @param lastEventId the {@code Last-Event-ID} of a reconnecting client, or null
	 * @return the events, endless
	 */
	Flux<ServerSentEvent<String>> follow(Set<View> views, String lastEventId) {
		List<String> names = views.stream().map(View::wireName).toList();
		return Flux.defer(() -> {
			Sinks.Many<Change> pending = Sinks.many()
				.unicast()
				.onBackpressureBuffer(Queues.<Change>get(this.properties.clientBuffer()).get());
			Disposable live = this.feed.changes()
				.filter((change) -> names.contains(change.view()) || change.rebuilt())
				.subscribe((change) -> {
					if (pending.tryEmitNext(change).isFailure()) {
						pending.tryEmitError(new SlowSubscriber());
					}
				});
			Flux<ServerSentEvent<String>> events = this.changes.held().flatMapMany((held) -> {
				long covered = held.newestOrZero();
				OptionalLong resume = Resume.after(lastEventId, held.oldest(), held.newest(), held.rebuilt());
				Flux<ServerSentEvent<String>> first = resume.isPresent() ? missed(resume.getAsLong(), covered, names)
						: this.snapshots.of(views, covered);
				return first.concatWith(pending.asFlux()
					.filter((change) -> change.id() > covered)
					.concatMap((change) -> change.rebuilt() ? this.snapshots.of(views, change.id())
							: Flux.just(change.event())));
			});
			return Flux.merge(events, Flux.interval(this.properties.heartbeat()).map((tick) -> HEARTBEAT))
				.takeUntilOther(this.feed.stopped())
				.doFinally((signal) -> live.dispose());
		});
	}

	private Flux<ServerSentEvent<String>> missed(long after, long covered, List<String> names) {
		if (after >= covered) {
			return Flux.empty();
		}
		return this.changes.after(after, names, PAGE).collectList().flatMapMany((page) -> {
			List<Change> held = page.stream().filter((change) -> change.id() <= covered).toList();
			Flux<ServerSentEvent<String>> events = Flux.fromIterable(held).map(Change::event);
			if (page.size() < PAGE || held.size() < page.size()) {
				return events;
			}
			return events.concatWith(Flux.defer(() -> missed(held.get(held.size() - 1).id(), covered, names)));
		});
	}

	/**
	 * A subscriber that fell too far behind is disconnected; it reconnects with
	 * {@code Last-Event-ID} and is sent what it missed from the database.
	 */
	static class SlowSubscriber extends RuntimeException {

		SlowSubscriber() {
			super("The client fell too far behind the live stream; reconnect with Last-Event-ID");
		}

	}

}
