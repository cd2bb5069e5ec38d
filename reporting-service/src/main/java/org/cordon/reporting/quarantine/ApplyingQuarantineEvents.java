package org.cordon.reporting.quarantine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import org.cordon.contracts.quarantine.QuarantineEvent;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.quarantine.domain.PersonChange;
import org.cordon.reporting.quarantine.domain.PersonChanges;
import org.cordon.reporting.quarantine.domain.PersonContributions;
import org.cordon.reporting.quarantine.domain.PersonGroup;
import org.cordon.reporting.quarantine.domain.QuarantineSummary;
import org.cordon.reporting.quarantine.domain.QuarantineSummaryAssembly;
import org.cordon.reporting.stream.ViewChange;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.views.ViewLock;

/**
 * Applies a batch of quarantine events inside the caller's transaction: under the view's
 * lock, one merge of the persons' rows, then one grouped read for the changes it streams,
 * whatever the batch's size. Readings without fever and traced contacts count nowhere and
 * change nothing.
 */
@Service
class ApplyingQuarantineEvents implements QuarantineProjection {

	private final QuarantineViews views;

	private final QuarantineSummaries summaries;

	private final ViewLock lock;

	private final JsonMapper json;

	ApplyingQuarantineEvents(QuarantineViews views, QuarantineSummaries summaries, ViewLock lock, JsonMapper json) {
		this.views = views;
		this.summaries = summaries;
		this.lock = lock;
		this.json = json;
	}

	@Override
	public boolean changesAView(QuarantineEvent event) {
		return PersonChange.matters(event);
	}

	/**
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return the changes for the live stream: the new summary of each region touched, by
	 * name, then of the whole city
	 */
	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<QuarantineEvent>> events) {
		Gathered gathered = Gathered.of(events);
		if (gathered.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.lock.acquire(View.QUARANTINE)
			.thenMany(write(gathered))
			.collect(TreeSet<String>::new, Set::add)
			.flatMap((touched) -> this.summaries.cityGroups().map((groups) -> changed(touched, groups)));
	}

	/**
	 * The same writes as {@link #applyTimed(List)}, without the view's lock and the read
	 * of the city's summary that only the live stream needs.
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return completion
	 */
	@Override
	public Mono<Void> applyUnstreamed(List<Timed<QuarantineEvent>> events) {
		Gathered gathered = Gathered.of(events);
		if (gathered.isEmpty()) {
			return Mono.empty();
		}
		return this.views.contribute(gathered.contributions().changes())
			.then(this.views.mergeUnread(gathered.changes().changes()));
	}

	/**
	 * @return the regions of the persons changed
	 */
	private Flux<String> write(Gathered gathered) {
		return this.views.contribute(gathered.contributions().changes())
			.thenMany(this.views.merge(gathered.changes().changes()));
	}

	private List<ViewChange> changed(Set<String> touched, List<PersonGroup> groups) {
		Map<String, QuarantineSummary> byRegion = QuarantineSummaryAssembly.byRegion(groups);
		List<ViewChange> changed = new ArrayList<>();
		for (String region : touched) {
			changed.add(change(region, byRegion.getOrDefault(region, QuarantineSummaryAssembly.empty())));
		}
		changed.add(change(null, QuarantineSummaryAssembly.assemble(groups)));
		return changed;
	}

	private ViewChange change(String region, QuarantineSummary summary) {
		return new ViewChange(QuarantineSummaryChanged.VIEW,
				this.json.writeValueAsString(QuarantineSummaryChanged.of(region, summary)));
	}

	/**
	 * A batch's changes of the persons' rows, and what each person's events told at each
	 * instant.
	 */
	private record Gathered(PersonChanges changes, PersonContributions contributions) {

		static Gathered of(List<Timed<QuarantineEvent>> events) {
			PersonChanges changes = new PersonChanges();
			PersonContributions contributions = new PersonContributions();
			for (Timed<QuarantineEvent> timed : events) {
				changes.add(timed.event());
				contributions.add(timed.event(), timed.time());
			}
			return new Gathered(changes, contributions);
		}

		boolean isEmpty() {
			return this.changes.changes().isEmpty();
		}

	}

}
