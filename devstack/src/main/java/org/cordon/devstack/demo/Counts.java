package org.cordon.devstack.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The nine figures of a count report, as API.md names them.
 *
 * @param vehiclesInspected vehicles checked at the post
 * @param vehiclesInbound of them, coming into the district
 * @param vehiclesTurnedBack of the inbound, sent back
 * @param personsChecked persons checked
 * @param personsInbound of them, coming into the district
 * @param personsTurnedBack persons sent back
 * @param trains trains that stopped (railway posts)
 * @param trainPassengersArrived passengers who got off them
 * @param feverDetected persons with a fever
 */
public record Counts(int vehiclesInspected, int vehiclesInbound, int vehiclesTurnedBack, int personsChecked,
		int personsInbound, int personsTurnedBack, int trains, int trainPassengersArrived, int feverDetected) {

	/** Nothing counted. */
	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** The highest count API.md accepts. */
	public static final int MAX = 1_000_000;

	/**
	 * @param other figures to add
	 * @return the sum, figure by figure
	 */
	public Counts plus(Counts other) {
		return new Counts(this.vehiclesInspected + other.vehiclesInspected,
				this.vehiclesInbound + other.vehiclesInbound, this.vehiclesTurnedBack + other.vehiclesTurnedBack,
				this.personsChecked + other.personsChecked, this.personsInbound + other.personsInbound,
				this.personsTurnedBack + other.personsTurnedBack, this.trains + other.trains,
				this.trainPassengersArrived + other.trainPassengersArrived, this.feverDetected + other.feverDetected);
	}

	/**
	 * @param other figures to take away
	 * @return the difference, figure by figure
	 */
	public Counts minus(Counts other) {
		return new Counts(this.vehiclesInspected - other.vehiclesInspected,
				this.vehiclesInbound - other.vehiclesInbound, this.vehiclesTurnedBack - other.vehiclesTurnedBack,
				this.personsChecked - other.personsChecked, this.personsInbound - other.personsInbound,
				this.personsTurnedBack - other.personsTurnedBack, this.trains - other.trains,
				this.trainPassengersArrived - other.trainPassengersArrived, this.feverDetected - other.feverDetected);
	}

	/**
	 * @return the figures in API.md's order
	 */
	public int[] values() {
		return new int[] { this.vehiclesInspected, this.vehiclesInbound, this.vehiclesTurnedBack, this.personsChecked,
				this.personsInbound, this.personsTurnedBack, this.trains, this.trainPassengersArrived,
				this.feverDetected };
	}

	/**
	 * @param values nine figures in API.md's order
	 * @return the counts
	 */
	public static Counts of(int[] values) {
		return new Counts(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
				values[8]);
	}

	/**
	 * API.md's count rules a report must keep, or a checkpoint-service answers 400.
	 * @return the rules these figures break; empty when the report is valid
	 */
	public List<String> brokenRules() {
		List<String> broken = new ArrayList<>();
		for (int value : values()) {
			if (value < 0 || value > MAX) {
				broken.add("every count is 0.." + MAX);
				break;
			}
		}
		if (this.vehiclesInbound > this.vehiclesInspected) {
			broken.add("vehiclesInbound <= vehiclesInspected");
		}
		if (this.vehiclesTurnedBack > this.vehiclesInbound) {
			broken.add("vehiclesTurnedBack <= vehiclesInbound");
		}
		if (this.personsInbound > this.personsChecked) {
			broken.add("personsInbound <= personsChecked");
		}
		if (this.personsTurnedBack > this.personsInbound + this.trainPassengersArrived) {
			broken.add("personsTurnedBack <= personsInbound + trainPassengersArrived");
		}
		if (this.feverDetected > this.personsChecked + this.trainPassengersArrived) {
			broken.add("feverDetected <= personsChecked + trainPassengersArrived");
		}
		return broken;
	}

}
