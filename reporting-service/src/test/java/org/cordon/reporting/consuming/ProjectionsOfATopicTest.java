package org.cordon.reporting.consuming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.contracts.quarantine.QuarantineEvents;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyEvents;
import org.cordon.reporting.stream.ViewChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProjectionsOfATopicTest {

	final CaseSuspected suspected = new CaseSuspected(UUID.randomUUID(), null);

	final CaseConfirmed confirmed = new CaseConfirmed(UUID.randomUUID(), null);

	@Test
	void aTopicWithOneProjectionKeepsIt() {
		Recording only = new Recording("only", (event) -> true, List.of());

		assertThat(ProjectionsOfATopic.of(List.of(only))).isSameAs(only);
	}

	@Test
	void eachMemberIsHandedOnlyTheEventsItsViewsTakeInTurnAndTheirChangesAreJoined() {
		Recording summary = new Recording("summary", (event) -> true, List.of());
		Recording bulletin = new Recording("bulletin", CaseConfirmed.class::isInstance, List.of());
		Projection<?> topic = ProjectionsOfATopic.of(List.of(summary, bulletin));

		List<ViewChange> changes = applyTimed(topic, List.of(this.suspected, this.confirmed));

		assertThat(summary.applied).containsExactly(this.suspected, this.confirmed);
		assertThat(bulletin.applied).containsExactly(this.confirmed);
		assertThat(changes).extracting(ViewChange::view).containsExactly("summary", "bulletin");
	}

	@Test
	void aBuildHandsEachMemberItsEventsThroughItsOwnBuildPath() {
		Recording summary = new Recording("summary", (event) -> true, List.of());
		Recording bulletin = new Recording("bulletin", CaseConfirmed.class::isInstance, List.of());
		@SuppressWarnings("unchecked")
		Projection<QuarantineEvent> topic = (Projection<QuarantineEvent>) ProjectionsOfATopic
			.of(List.of(summary, bulletin));

		topic
			.applyUnstreamed(List.of(this.suspected, this.confirmed)
				.stream()
				.map((event) -> new Timed<QuarantineEvent>(event, Instant.EPOCH))
				.toList())
			.block();

		assertThat(summary.unstreamed).containsExactly(this.suspected, this.confirmed);
		assertThat(bulletin.unstreamed).containsExactly(this.confirmed);
		assertThat(summary.applied).isEmpty();
		assertThat(bulletin.applied).isEmpty();
	}

	@Test
	void anEventChangesAViewWhenAnyMembersDoesAndIsRefusedWhenAnyFindsAProblem() {
		Recording none = new Recording("none", (event) -> false, List.of("a problem"));
		Recording some = new Recording("some", CaseConfirmed.class::isInstance, List.of("a problem", "another"));
		@SuppressWarnings("unchecked")
		Projection<QuarantineEvent> topic = (Projection<QuarantineEvent>) ProjectionsOfATopic.of(List.of(none, some));

		assertThat(topic.changesAView(this.confirmed)).isTrue();
		assertThat(topic.changesAView(this.suspected)).isFalse();
		assertThat(topic.problems(this.confirmed)).containsExactly("a problem", "another");
	}

	@Test
	void projectionsOfOneTopicMustAgreeOnItsEvents() {
		Projection<SupplyEvent> supplies = new Projection<>() {

			@Override
			public String topic() {
				return QuarantineEvents.TOPIC;
			}

			@Override
			public Class<SupplyEvent> eventType() {
				return SupplyEvent.class;
			}

			@Override
			public List<String> problems(SupplyEvent event) {
				return List.of();
			}

			@Override
			public boolean changesAView(SupplyEvent event) {
				return true;
			}

			@Override
			public Mono<List<ViewChange>> applyTimed(List<Timed<SupplyEvent>> events) {
				return Mono.just(List.of());
			}

		};

		assertThatIllegalStateException().isThrownBy(() -> ProjectionsOfATopic
			.of(List.of(new Recording("quarantine", (event) -> true, List.of()), supplies)));
		assertThat(SupplyEvents.TOPIC).isNotEqualTo(QuarantineEvents.TOPIC);
	}

	@SuppressWarnings("unchecked")
	private static List<ViewChange> applyTimed(Projection<?> projection, List<QuarantineEvent> events) {
		return ((Projection<QuarantineEvent>) projection)
			.applyTimed(events.stream().map((event) -> new Timed<>(event, Instant.EPOCH)).toList())
			.block();
	}

	static final class Recording implements Projection<QuarantineEvent> {

		final String view;

		final Predicate<QuarantineEvent> takes;

		final List<String> problems;

		final List<QuarantineEvent> applied = new ArrayList<>();

		final List<QuarantineEvent> unstreamed = new ArrayList<>();

		Recording(String view, Predicate<QuarantineEvent> takes, List<String> problems) {
			this.view = view;
			this.takes = takes;
			this.problems = problems;
		}

		@Override
		public String topic() {
			return QuarantineEvents.TOPIC;
		}

		@Override
		public Class<QuarantineEvent> eventType() {
			return QuarantineEvent.class;
		}

		@Override
		public List<String> problems(QuarantineEvent event) {
			return this.problems;
		}

		@Override
		public boolean changesAView(QuarantineEvent event) {
			return this.takes.test(event);
		}

		@Override
		public Mono<List<ViewChange>> applyTimed(List<Timed<QuarantineEvent>> events) {
			events.forEach((timed) -> this.applied.add(timed.event()));
			return Mono.just(List.of(new ViewChange(this.view, "{}")));
		}

		@Override
		public Mono<Void> applyUnstreamed(List<Timed<QuarantineEvent>> events) {
			events.forEach((timed) -> this.unstreamed.add(timed.event()));
			return Mono.empty();
		}

	}

}
