package org.cordon.reporting.checkpoints.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cordon.contracts.checkpoint.Counts;

/**
 * The nine figures of API.md summed over any number of reports; wider than a report's
 * {@link Counts} because a year of a city's checkpoints exceeds an {@code int}.
 */
public record Totals(long vehiclesInspected, long vehiclesInbound, long vehiclesTurnedBack, long personsChecked,
		long personsInbound, long personsTurnedBack, long trains, long trainPassengersArrived, long feverDetected) {

	public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

	public static Totals of(Counts counts) {
		return new Totals(counts.vehiclesInspected(), counts.vehiclesInbound(), counts.vehiclesTurnedBack(),
				counts.personsChecked(), counts.personsInbound(), counts.personsTurnedBack(), counts.trains(),
				counts.trainPassengersArrived(), counts.feverDetected());
	}

	/**
	 * The totals as an array in the order of API.md, for storing and reading them figure
	 * by figure.
	 * @return the nine figures
	 */
	public long[] figures() {
		return new long[] { this.vehiclesInspected, this.vehiclesInbound, this.vehiclesTurnedBack, this.personsChecked,
				this.personsInbound, this.personsTurnedBack, this.trains, this.trainPassengersArrived,
				this.feverDetected };
	}

	public static Totals ofFigures(long[] f) {
		if (f.length != 9) {
			throw new IllegalArgumentException("Nine figures expected, got " + f.length);
		}
		return new Totals(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
	}

	public Totals plus(Totals other) {
		long[] sum = figures();
		long[] added = other.figures();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += added[i];
		}
		return ofFigures(sum);
	}

	public boolean allZero() {
		return equals(ZERO);
	}

	/**
	 * Each figure divided by the number of days and rounded half up to a whole number, as
	 * the bulletins print daily averages.
	 * @param days the days of the range, at least 1
	 * @return the daily averages
	 */
	public Totals dailyAverage(int days) {
		if (days < 1) {
			throw new IllegalArgumentException("A range has at least one day, not " + days);
		}
		long[] average = figures();
		for (int i = 0; i < average.length; i++) {
			average[i] = BigDecimal.valueOf(average[i])
				.divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
				.longValueExact();
		}
		return ofFigures(average);
	}

}
