package org.cordon.quarantine.cases.domain;

import java.time.LocalDate;
import java.util.List;

import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Fields;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.persons.domain.PersonalData;
import org.cordon.quarantine.persons.domain.PublishedText;

/**
 * A person becomes suspected, then confirmed (a confirmation needs no suspicion before
 * it), and only a confirmed case is transferred. Each happens once: the same day again is
 * a repeat that changes nothing, another day a conflict. Days follow each other: a
 * confirmation is not before the suspicion, a transfer not before the confirmation, and
 * neither before a release they follow.
 */
public final class CaseRules {

	private CaseRules() {
	}

	public static List<Violation> checkDay(LocalDate on, LocalDate today) {
		Violations violations = new Violations();
		Fields.pastDay(violations, on, "on", today);
		return violations.list();
	}

	public static List<Violation> checkTransfer(String facility, LocalDate on, LocalDate today) {
		Violations violations = new Violations();
		violations.text(facility, "facility", Fields.MAX_PLACE);
		Fields.pastDay(violations, on, "on", today);
		return violations.list();
	}

	public static Decision suspect(PersonFile file, LocalDate on) {
		if (file.suspectedOn() != null) {
			return file.suspectedOn().equals(on) ? new Decision.Repeat()
					: new Decision.Refuse("The person is a suspected case since " + file.suspectedOn() + ".");
		}
		if (file.confirmedOn() != null) {
			return new Decision.Refuse("The person is a confirmed case since " + file.confirmedOn()
					+ "; a confirmed case is not suspected afterwards.");
		}
		if (file.releasedOn() != null && on.isBefore(file.releasedOn())) {
			return Decision.Invalid.of("on", "must not be before the release (" + file.releasedOn() + ")");
		}
		return new Decision.Apply(file.withSuspectedOn(on), new CaseSuspected(file.personId(), on));
	}

	public static Decision confirm(PersonFile file, LocalDate on) {
		if (file.confirmedOn() != null) {
			return file.confirmedOn().equals(on) ? new Decision.Repeat()
					: new Decision.Refuse("The person is a confirmed case since " + file.confirmedOn() + ".");
		}
		if (file.suspectedOn() != null && on.isBefore(file.suspectedOn())) {
			return Decision.Invalid.of("on", "must not be before the suspicion (" + file.suspectedOn() + ")");
		}
		if (file.releasedOn() != null && on.isBefore(file.releasedOn())) {
			return Decision.Invalid.of("on", "must not be before the release (" + file.releasedOn() + ")");
		}
		return new Decision.Apply(file.withConfirmedOn(on), new CaseConfirmed(file.personId(), on));
	}

	public static Decision transfer(PersonFile file, PersonalData person, String facility, LocalDate on) {
		var leak = PublishedText.placeRevealsPersonalData(facility, person.values());
		if (leak.isPresent()) {
			return Decision.Invalid.of("facility", leak.get());
		}
		if (file.transferredOn() != null) {
			return (file.transferredOn().equals(on) && file.transferFacility().equals(facility)) ? new Decision.Repeat()
					: new Decision.Refuse("The person was transferred to " + file.transferFacility() + " on "
							+ file.transferredOn() + ".");
		}
		if (file.confirmedOn() == null) {
			return new Decision.Refuse("Only a confirmed case is transferred; the person is " + file.status() + ".");
		}
		if (on.isBefore(file.confirmedOn())) {
			return Decision.Invalid.of("on", "must not be before the confirmation (" + file.confirmedOn() + ")");
		}
		return new Decision.Apply(file.withTransfer(facility, on),
				new PersonTransferred(file.personId(), facility, on));
	}

}
