package org.cordon.quarantine.release.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;
import org.cordon.quarantine.persons.domain.Decision;
import org.cordon.quarantine.persons.domain.Fields;
import org.cordon.quarantine.persons.domain.FileStatus;
import org.cordon.quarantine.persons.domain.ObservationPeriod;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.temperatures.domain.Reading;

/**
 * A person in isolation is released only when the observation period is complete on the
 * day of release, no fever (≥ 37.3 °C) was taken in the last 3 days, and the person is
 * not a suspected or confirmed case. "The last 3 days" are the three days before the day
 * of release and that day itself, in the platform's time zone. Released once: the same
 * day again is a repeat, another day a conflict.
 */
public final class ReleaseRules {

	/** Days before the release that must be free of fever. */
	public static final int FEVER_FREE_DAYS = 3;

	private ReleaseRules() {
	}

	public static List<Violation> check(LocalDate releasedOn, LocalDate today) {
		Violations violations = new Violations();
		Fields.pastDay(violations, releasedOn, "releasedOn", today);
		return violations.list();
	}

	/**
	 * @param releasedOn the day of release
	 * @return the first day whose fevers keep the person in isolation
	 */
	public static LocalDate feverWindowStartsOn(LocalDate releasedOn) {
		return releasedOn.minusDays(FEVER_FREE_DAYS);
	}

	/**
	 * @param file the person's file
	 * @param releasedOn the requested day of release
	 * @param readings the person's readings from {@link #feverWindowStartsOn} on (others
	 * are ignored)
	 * @param zone the platform's time zone, in which a reading belongs to a day
	 * @return apply, repeat, refuse (with every reason) or invalid
	 */
	public static Decision release(PersonFile file, LocalDate releasedOn, List<Reading> readings, ZoneId zone) {
		Optional<String> notReleasable = statusForbids(file, releasedOn);
		if (notReleasable.isPresent()) {
			return (file.releasedOn() != null && file.releasedOn().equals(releasedOn)) ? new Decision.Repeat()
					: new Decision.Refuse(notReleasable.get());
		}
		if (releasedOn.isBefore(file.isolation().startedOn())) {
			return Decision.Invalid.of("releasedOn",
					"must not be before the isolation started (" + file.isolation().startedOn() + ")");
		}
		List<String> reasons = new ArrayList<>();
		if (!ObservationPeriod.completeOn(file.observationEndsOn(), releasedOn)) {
			reasons.add("The observation period is not complete: it ends on " + file.observationEndsOn()
					+ " (from the last exposure on " + file.lastExposureOn() + ").");
		}
		LocalDate windowStart = feverWindowStartsOn(releasedOn);
		readings.stream()
			.filter(Reading::fever)
			.filter((r) -> !r.at().atZone(zone).toLocalDate().isBefore(windowStart))
			.max(Comparator.comparing(Reading::at))
			.ifPresent((fever) -> reasons
				.add("A fever of " + fever.celsius() + " °C was taken on " + fever.at().atZone(zone).toLocalDate()
						+ ", within the " + FEVER_FREE_DAYS + " days before the release."));
		if (!reasons.isEmpty()) {
			return new Decision.Refuse(String.join(" ", reasons));
		}
		return new Decision.Apply(file.withReleasedOn(releasedOn), new PersonReleased(file.personId(), releasedOn));
	}

	private static Optional<String> statusForbids(PersonFile file, LocalDate releasedOn) {
		FileStatus status = file.status();
		return switch (status) {
			case REGISTERED -> Optional.of("The person is not isolated; only a person in isolation is released.");
			case SUSPECTED -> Optional.of("The person is a suspected case since " + file.suspectedOn()
					+ "; a suspected case is not released.");
			case CONFIRMED -> Optional.of("The person is a confirmed case since " + file.confirmedOn()
					+ "; a confirmed case is not released.");
			case TRANSFERRED ->
				Optional.of("The person was transferred to a designated hospital on " + file.transferredOn() + ".");
			case RELEASED -> Optional.of("The person was released on " + file.releasedOn() + ".");
			case ISOLATED -> Optional.empty();
		};
	}

}
