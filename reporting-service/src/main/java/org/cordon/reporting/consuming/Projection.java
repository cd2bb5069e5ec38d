package org.cordon.reporting.consuming;

import java.util.List;

import reactor.core.publisher.Mono;

import org.cordon.contracts.DomainEvent;
import org.cordon.reporting.stream.ViewChange;

/**
 * How the events of one topic change the views of their context. The consumer reads,
 * dedupes and positions the records; a projection only says which events matter and
 * applies a batch of them inside the consumer's transaction.
 *
 * @param <E> the context's sealed event type
 */
public interface Projection<E extends DomainEvent> {

	/**
	 * @return the topic whose events this projection applies
	 */
	String topic();

	/**
	 * @return the context's event type; a record of another type on the topic is refused
	 */
	Class<E> eventType();

	/**
	 * What an event must carry before it is applied. JSON that reads into a record may
	 * still miss a field; such an event goes to the dead-letter topic, never guessed at.
	 * @param event a decoded event
	 * @return what is wrong with it; empty when it can be applied
	 */
	List<String> problems(E event);

	/**
	 * Whether an event changes a view; only those are worth remembering by id.
	 * @param event a decoded, checked event
	 * @return true when applying it may change a view
	 */
	boolean changesAView(E event);

	/**
	 * Applies new events with the time each took effect ({@code ce_time}) inside the
	 * caller's transaction, in a few statements whatever the batch's size; the time is
	 * what views answered as of an instant are kept by.
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return the changes for the live stream
	 */
	Mono<List<ViewChange>> applyTimed(List<Timed<E>> events);

	/**
	 * Applies new events with their times where nobody streams the changes: a build of
	 * the views in a shadow schema (a rebuild's or a verification's), which runs alone on
	 * tables of its own. Leaving this as it is is correct; a projection whose changes
	 * cost a read of its view after its writes (a summary, a ledger), and the view's lock
	 * taken for that read, overrides it to skip both: such a read costs a scan of a table
	 * that grows with the history, once per batch, and a build applies the whole history.
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return completion
	 */
	default Mono<Void> applyUnstreamed(List<Timed<E>> events) {
		return applyTimed(events).then();
	}

	/**
	 * Reads an event as this projection's type, or fails.
	 * @param event a decoded event from this projection's topic
	 * @return the event
	 */
	default E cast(DomainEvent event) {
		if (!eventType().isInstance(event)) {
			throw new IllegalArgumentException(event.type() + " is not an event of " + topic());
		}
		return eventType().cast(event);
	}

}
