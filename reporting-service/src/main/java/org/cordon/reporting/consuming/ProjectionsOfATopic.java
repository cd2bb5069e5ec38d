package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.cordon.contracts.DomainEvent;
import org.cordon.reporting.stream.ViewChange;

/**
 * Several projections of one topic applied as one: each view that reads a topic keeps a
 * projection of its own, and the consumer still applies a batch of the topic in one
 * transaction with its positions. Each member is handed only the events it says change
 * its views, one member after the other (the statements share the transaction's
 * connection), always in the same order, so that two batches applied at once take their
 * locks in the same order.
 *
 * @param <E> the topic's event type
 */
final class ProjectionsOfATopic<E extends DomainEvent> implements Projection<E> {

	private final List<Projection<E>> members;

	private ProjectionsOfATopic(List<Projection<E>> members) {
		this.members = List.copyOf(members);
	}

	/**
	 * @param members projections of one topic and one event type, in the order to apply
	 * them
	 * @return the one projection, or one that applies them all
	 */
	static Projection<?> of(List<Projection<?>> members) {
		Projection<?> first = members.get(0);
		for (Projection<?> member : members) {
			if (!member.topic().equals(first.topic()) || !member.eventType().equals(first.eventType())) {
				throw new IllegalStateException("Projections of " + first.topic() + " disagree on the topic's events: "
						+ member.getClass().getName());
			}
		}
		return (members.size() == 1) ? first : combined(members, first.eventType());
	}

	@SuppressWarnings("unchecked")
	private static <E extends DomainEvent> ProjectionsOfATopic<E> combined(List<Projection<?>> members,
			Class<E> eventType) {
		List<Projection<E>> typed = new ArrayList<>();
		// each member was checked to project eventType
		members.forEach((member) -> typed.add((Projection<E>) member));
		return new ProjectionsOfATopic<>(typed);
	}

	@Override
	public String topic() {
		return this.members.get(0).topic();
	}

	@Override
	public Class<E> eventType() {
		return this.members.get(0).eventType();
	}

	/**
	 * Whatever any member finds wrong: an event is applied to all the topic's views or to
	 * none.
	 */
	@Override
	public List<String> problems(E event) {
		Set<String> problems = new LinkedHashSet<>();
		this.members.forEach((member) -> problems.addAll(member.problems(event)));
		return List.copyOf(problems);
	}

	@Override
	public boolean changesAView(E event) {
		return this.members.stream().anyMatch((member) -> member.changesAView(event));
	}

	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<E>> events) {
		return Flux.fromIterable(this.members)
			.concatMap((member) -> member
				.applyTimed(events.stream().filter((timed) -> member.changesAView(timed.event())).toList()))
			.concatMapIterable((changes) -> changes)
			.collectList();
	}

	/**
	 * Each member's own build path, so that one whose stream changes cost a read of its
	 * view skips that read in a build whatever it shares the topic with.
	 */
	@Override
	public Mono<Void> applyUnstreamed(List<Timed<E>> events) {
		return Flux.fromIterable(this.members)
			.concatMap((member) -> member
				.applyUnstreamed(events.stream().filter((timed) -> member.changesAView(timed.event())).toList()))
			.then();
	}

}
