package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cordon.checkpoint.counts.domain.CountReportRules;
import org.cordon.checkpoint.counts.domain.CountReport;
import org.cordon.checkpoint.counts.domain.Period;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.rules.Violation;
import org.cordon.platform.rules.Violations;

/**
 * A count report as posted; a missing count means 0. Its instants are kept to
 * {@link CountReportRules#PRECISION} from the start.
 */
record CountReportRequest(UUID reportId, Instant periodStart, Instant periodEnd, Integer vehiclesInspected,
		Integer vehiclesInbound, Integer vehiclesTurnedBack, Integer personsChecked, Integer personsInbound,
		Integer personsTurnedBack, Integer trains, Integer trainPassengersArrived, Integer feverDetected) {

	CountReportRequest {
		periodStart = CountReportRules.kept(periodStart);
		periodEnd = CountReportRules.kept(periodEnd);
	}

	Counts counts() {
		return new Counts(orZero(this.vehiclesInspected), orZero(this.vehiclesInbound), orZero(this.vehiclesTurnedBack),
				orZero(this.personsChecked), orZero(this.personsInbound), orZero(this.personsTurnedBack),
				orZero(this.trains), orZero(this.trainPassengersArrived), orZero(this.feverDetected));
	}

	List<Violation> violations(Instant now) {
		Violations missingId = new Violations();
		missingId.present(this.reportId, "reportId");
		List<Violation> rules = CountReportRules.check(this.periodStart, this.periodEnd, counts(), now);
		return java.util.stream.Stream.concat(missingId.list().stream(), rules.stream()).toList();
	}

	CountReport toReport() {
		return new CountReport(Objects.requireNonNull(this.reportId), new Period(this.periodStart, this.periodEnd),
				counts());
	}

	private static int orZero(Integer count) {
		return (count != null) ? count : 0;
	}

}
