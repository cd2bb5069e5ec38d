package org.cordon.reporting.checkpoints;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import org.cordon.contracts.checkpoint.CheckpointEvent;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.contracts.checkpoint.CheckpointEvents;
import org.cordon.reporting.checkpoints.domain.CheckpointEventChecks;
import org.cordon.reporting.checkpoints.domain.Contributions;
import org.cordon.reporting.checkpoints.domain.DailyDeltas;
import org.cordon.reporting.consuming.Projection;
import org.cordon.reporting.consuming.Timed;
import org.cordon.reporting.stream.ViewChange;

/**
 * Applies a batch of checkpoint events to the views, inside the caller's transaction: one
 * upsert for the registrations, one for the day totals and one insert of the reports'
 * contributions with the time each took effect, whatever the batch's size. Turnbacks and
 * fevers feed no view yet and change nothing.
 */
@Service
public class ApplyingCheckpointEvents implements Projection<CheckpointEvent> {

	private final CheckpointViews views;

	private final Clock clock;

	private final JsonMapper json;

	ApplyingCheckpointEvents(CheckpointViews views, Clock clock, JsonMapper json) {
		this.views = views;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public String topic() {
		return CheckpointEvents.TOPIC;
	}

	@Override
	public Class<CheckpointEvent> eventType() {
		return CheckpointEvent.class;
	}

	@Override
	public List<String> problems(CheckpointEvent event) {
		return CheckpointEventChecks.problems(event);
	}

	/**
	 * Registrations and count reports change the views.
	 */
	@Override
	public boolean changesAView(CheckpointEvent event) {
		return event instanceof CheckpointRegistered || event instanceof CountsReported;
	}

	/**
	 * @param events new events with their {@code ce_time}, in the order they were
	 * published
	 * @return the changes for the live stream: each checkpoint and day whose totals
	 * moved, with the totals after the batch
	 */
	@Override
	public Mono<List<ViewChange>> applyTimed(List<Timed<CheckpointEvent>> events) {
		Gathered gathered = gather(events);
		return this.views.register(gathered.registrations(), gathered.firstRegistered())
			.then(this.views.contribute(gathered.contributions().changes()))
			.thenMany(this.views.add(gathered.deltas().changes()))
			.map((day) -> new ViewChange(CheckpointDayChanged.VIEW,
					this.json.writeValueAsString(CheckpointDayChanged.of(day))))
			.collectList();
	}

	/**
	 * The same writes, without reading the totals back for the stream.
	 */
	@Override
	public Mono<Void> applyUnstreamed(List<Timed<CheckpointEvent>> events) {
		Gathered gathered = gather(events);
		return this.views.register(gathered.registrations(), gathered.firstRegistered())
			.then(this.views.contribute(gathered.contributions().changes()))
			.then(this.views.addUnread(gathered.deltas().changes()));
	}

	private Gathered gather(List<Timed<CheckpointEvent>> events) {
		Map<UUID, CheckpointRegistered> registrations = new LinkedHashMap<>();
		Map<UUID, Instant> firstRegistered = new LinkedHashMap<>();
		DailyDeltas deltas = new DailyDeltas(this.clock.getZone());
		Contributions contributions = new Contributions(this.clock.getZone());
		for (Timed<CheckpointEvent> timed : events) {
			if (timed.event() instanceof CheckpointRegistered registered) {
				registrations.put(registered.checkpointId(), registered);
				firstRegistered.merge(registered.checkpointId(), timed.time(),
						(earlier, later) -> earlier.isBefore(later) ? earlier : later);
			}
			else if (timed.event() instanceof CountsReported report) {
				deltas.add(report);
				contributions.add(report, timed.time());
			}
		}
		return new Gathered(List.copyOf(registrations.values()), firstRegistered, deltas, contributions);
	}

	/**
	 * A batch's writes: the registrations (at most one per checkpoint) with each
	 * checkpoint's earliest, the day totals' deltas and the reports' contributions.
	 */
	private record Gathered(List<CheckpointRegistered> registrations, Map<UUID, Instant> firstRegistered,
			DailyDeltas deltas, Contributions contributions) {

	}

}
