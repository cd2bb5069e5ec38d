package org.cordon.quarantine.isolation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Fields;
import org.cordon.quarantine.persons.domain.FileStatus;
import org.cordon.quarantine.persons.domain.Isolation;
import org.cordon.quarantine.persons.domain.Monitor;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.persons.domain.PersonalData;
import org.cordon.quarantine.persons.domain.PublishedText;

/**
 * An isolation names its mode, its site, the day it started (not after today) and up to
 * ten monitors, each with name, role and phone. Isolating a person again with another
 * mode, site, start or monitors is a move (home to a centralised site is common in the
 * bulletins) and is announced again; the same isolation again changes nothing. A person
 * released or transferred is not isolated again.
 */
public final class IsolationRules {

	public static final int MAX_MONITORS = 10;

	private IsolationRules() {
	}

	/**
	 * @param mode where
	 * @param site the place's name
	 * @param startedOn the first day
	 * @param monitors who watches; required, may be empty
	 * @param today today in the platform's time zone
	 * @return the broken rules
	 */
	public static List<Violation> check(IsolationMode mode, String site, LocalDate startedOn, List<Monitor> monitors,
			LocalDate today) {
		Violations violations = new Violations();
		violations.present(mode, "mode");
		violations.text(site, "site", Fields.MAX_PLACE);
		Fields.pastDay(violations, startedOn, "startedOn", today);
		if (violations.present(monitors, "monitors")) {
			violations.check(monitors.size() <= MAX_MONITORS, "monitors",
					"must name at most " + MAX_MONITORS + " monitors");
			for (int i = 0; i < monitors.size(); i++) {
				Monitor monitor = monitors.get(i);
				String field = "monitors[" + i + "]";
				if (violations.present(monitor, field)) {
					violations.text(monitor.name(), field + ".name", Fields.MAX_NAME);
					violations.text(monitor.role(), field + ".role", Fields.MAX_ROLE);
					Fields.phone(violations, monitor.phone(), field + ".phone");
				}
			}
		}
		return violations.list();
	}

	/**
	 * @param file the person's file
	 * @param person who the person is, so the published site cannot name them
	 * @param requested a valid isolation
	 * @return apply (first isolation or a move), repeat, or refuse
	 */
	public static Decision isolate(PersonFile file, PersonalData person, Isolation requested) {
		List<String> personal = new ArrayList<>(person.values());
		requested.monitors().forEach((monitor) -> {
			personal.add(monitor.name());
			personal.add(monitor.phone());
		});
		var leak = PublishedText.placeRevealsPersonalData(requested.site(), personal);
		if (leak.isPresent()) {
			return Decision.Invalid.of("site", leak.get());
		}
		if (requested.equals(file.isolation())) {
			// the isolation on file, sent again (a retry, a replayed import): it changes
			// nothing, whatever happened to the person since
			return new Decision.Repeat();
		}
		FileStatus status = file.status();
		if (status == FileStatus.TRANSFERRED) {
			return new Decision.Refuse("The person was transferred to " + file.transferFacility() + " on "
					+ file.transferredOn() + " and is no longer isolated by the command.");
		}
		if (status == FileStatus.RELEASED) {
			return new Decision.Refuse("The person was released on " + file.releasedOn()
					+ "; record a suspicion first if the person must be observed again.");
		}
		return new Decision.Apply(file.withIsolation(requested), new PersonIsolated(file.personId(), requested.mode(),
				requested.site(), requested.startedOn(), file.observationEndsOn(), requested.monitors().size()));
	}

}
