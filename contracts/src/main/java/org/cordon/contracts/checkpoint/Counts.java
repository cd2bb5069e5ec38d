package org.cordon.contracts.checkpoint;

/**
 * The nine figures a checkpoint reports for a period.
 */
public record Counts(int vehiclesInspected, int vehiclesInbound, int vehiclesTurnedBack, int personsChecked,
		int personsInbound, int personsTurnedBack, int trains, int trainPassengersArrived, int feverDetected) {

	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

	/**
	 * The figures of this report minus those of the report it corrects, so a consumer can
	 * apply a correction without looking anything up.
	 * @param previous the corrected figures
	 * @return the difference, figure by figure
	 */
	public Counts minus(Counts previous) {
		return new Counts(this.vehiclesInspected - previous.vehiclesInspected,
				this.vehiclesInbound - previous.vehiclesInbound, this.vehiclesTurnedBack - previous.vehiclesTurnedBack,
				this.personsChecked - previous.personsChecked, this.personsInbound - previous.personsInbound,
				this.personsTurnedBack - previous.personsTurnedBack, this.trains - previous.trains,
				this.trainPassengersArrived - previous.trainPassengersArrived,
				this.feverDetected - previous.feverDetected);
	}

}
