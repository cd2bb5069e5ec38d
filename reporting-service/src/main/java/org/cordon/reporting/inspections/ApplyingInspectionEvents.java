package org.cordon.reporting.inspections;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.inspections.domain.InspectionChanges;
import org.cordon.reporting.inspections.domain.LedgerAssembly;
import org.cordon.reporting.stream.ViewChange;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.views.ViewLock;

/**
 * Applies a batch of inspection events inside the caller's transaction: under the view's
 * lock, one merge of the issues' rows (with the time each was found, rectified and
 * announced overdue), one insert of the accountability actions (with the time each was
 * taken), then one read of the ledger for the change it streams, whatever the batch's
 * size.
 */
@Service
class ApplyingInspectionEvents implements InspectionProjection {

	private final InspectionViews views;

	private final InspectionLedgers ledgers;

	private final ViewLock lock;

	private final JsonMapper json;

	ApplyingInspectionEvents(InspectionViews views, InspectionLedgers ledgers, ViewLock lock, JsonMapper json) {
		this.views = views;
		this.ledgers = ledgers;
		this.lock = lock;
		this.json = json;
	}

	/**
	 * Every inspection event counts in the ledger.
	 */
	@Override
	public boolean changesAView(InspectionEvent event) {
		return true;
	}

	/**
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return one change for the live stream: the totals and accountability counts after
	 * the batch, and the lines of the regions it touched
	 */
	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<InspectionEvent>> events) {
		InspectionChanges changes = new InspectionChanges();
		events.forEach((timed) -> changes.add(timed.event(), timed.time()));
		if (changes.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.lock.acquire(View.INSPECTIONS)
			.thenMany(this.views.mergeIssues(changes.issues()))
			.collect(TreeSet<String>::new, Set::add)
			.flatMap((touched) -> this.views.addActions(changes.actions())
				.then(this.ledgers.ledger(null, null))
				.map((ledger) -> List.of(new ViewChange(LedgerChanged.VIEW,
						this.json.writeValueAsString(LedgerChanged.of(LedgerAssembly.narrowed(ledger, touched)))))));
	}

	/**
	 * The same writes as {@link #applyTimed(List)}, without the view's lock and the read
	 * of the ledger that only the live stream needs.
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published within each partition
	 * @return completion
	 */
	@Override
	public Mono<Void> applyUnstreamed(List<Timed<InspectionEvent>> events) {
		InspectionChanges changes = new InspectionChanges();
		events.forEach((timed) -> changes.add(timed.event(), timed.time()));
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		return this.views.mergeIssuesUnread(changes.issues()).then(this.views.addActions(changes.actions()));
	}

}
