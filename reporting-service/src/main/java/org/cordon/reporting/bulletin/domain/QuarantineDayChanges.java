package org.cordon.reporting.bulletin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.quarantine.QuarantineEvent;

/**
 * Folds a batch's quarantine events into one row of days per person and one row per
 * isolation and start day, in the order they were published (a person's events share a
 * partition), so that the bulletin's tables are written with one statement each however
 * many events the batch holds.
 */
public final class QuarantineDayChanges {

	private final ZoneId zone;

	private final Map<UUID, PersonDays> persons = new LinkedHashMap<>();

	private final Map<IsolationKey, Isolation> isolations = new LinkedHashMap<>();

	/**
	 * @param zone the platform's time zone, for events that carry no day
	 */
	public QuarantineDayChanges(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Whether an event tells the bulletin anything: readings and traced contacts do not.
	 * @param event a quarantine event
	 * @return true when it places a fact on a day
	 */
	public static boolean matters(QuarantineEvent event) {
		return event instanceof PersonRegistered || event instanceof PersonIsolated || event instanceof PersonReleased
				|| event instanceof CaseSuspected || event instanceof CaseConfirmed
				|| event instanceof PersonTransferred;
	}

	/**
	 * @param event an event of the batch; one that does not matter is passed over
	 * @param time its {@code ce_time}, the day of which counts when it carries none
	 * @return this
	 */
	public QuarantineDayChanges add(QuarantineEvent event, Instant time) {
		if (!matters(event)) {
			return this;
		}
		PersonDays known = this.persons.getOrDefault(event.personId(), PersonDays.of(event.personId()));
		if (event instanceof PersonRegistered registered) {
			known = known.registered(registered.region(), registered.category().name(),
					BusinessDays.of(registered.registeredOn(), time, this.zone));
		}
		else if (event instanceof PersonReleased released) {
			known = known.released(BusinessDays.of(released.releasedOn(), time, this.zone));
		}
		else if (event instanceof CaseSuspected suspected) {
			known = known.suspected(BusinessDays.of(suspected.on(), time, this.zone));
		}
		else if (event instanceof CaseConfirmed confirmed) {
			known = known.confirmed(BusinessDays.of(confirmed.on(), time, this.zone));
		}
		else if (event instanceof PersonTransferred transferred) {
			known = known.transferred(BusinessDays.of(transferred.on(), time, this.zone));
		}
		else if (event instanceof PersonIsolated isolated) {
			Isolation isolation = new Isolation(isolated.personId(),
					BusinessDays.of(isolated.startedOn(), time, this.zone), isolated.mode(),
					isolated.observationEndsOn());
			IsolationKey key = new IsolationKey(isolation.personId(), isolation.startedOn());
			// the later of one day replaces the earlier, and moves to the end as the
			// statement applies the rows in order
			this.isolations.remove(key);
			this.isolations.put(key, isolation);
		}
		this.persons.put(event.personId(), known);
		return this;
	}

	/**
	 * @return one row of days per person, in the order the persons first appeared
	 */
	public List<PersonDays> persons() {
		return List.copyOf(this.persons.values());
	}

	/**
	 * @return one isolation per person and start day, the latest told of each
	 */
	public List<Isolation> isolations() {
		return List.copyOf(this.isolations.values());
	}

	private record IsolationKey(UUID personId, LocalDate startedOn) {

	}

}
