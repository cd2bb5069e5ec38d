package org.cordon.reporting.quarantine.domain;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;

/**
 * A number of persons who share everything the summary counts by: the view's rows
 * grouped, so that a summary reads a handful of groups rather than every person.
 *
 * @param region the region, or null for persons whose registration was not seen
 * @param category the category, or null for persons whose registration was not seen
 * @param mode the latest isolation's mode, or null before any
 * @param isolated an isolation was announced
 * @param suspected a suspicion was announced
 * @param confirmed a confirmation was announced
 * @param transferred a transfer was announced
 * @param released a release was announced
 * @param observationComplete observation is complete at the summary's {@link Moment}
 * @param recentFever a fever was taken within the {@link Moment}'s last 24 hours
 * @param persons how many persons
 */
public record PersonGroup(String region, PersonCategory category, IsolationMode mode, boolean isolated,
		boolean suspected, boolean confirmed, boolean transferred, boolean released, boolean observationComplete,
		boolean recentFever, long persons) {

	public PersonStatus status() {
		return PersonStatus.of(this.isolated, this.suspected, this.confirmed, this.transferred, this.released);
	}

	/**
	 * Isolated and neither released nor transferred, as API.md and quarantine-service
	 * ({@code PersonFile.underObservation}) define it: a suspected or confirmed person
	 * still in isolation is still observed, and so is a person suspected after a release.
	 * @return whether these persons are under observation
	 */
	public boolean underObservation() {
		PersonStatus status = status();
		return this.isolated && status != PersonStatus.RELEASED && status != PersonStatus.TRANSFERRED;
	}

	/**
	 * In isolation with nothing else on file (not suspected, confirmed, released or
	 * transferred) and observation complete: quarantine-service's
	 * {@code Watchlist.dueForRelease}. A fever does not take a person off the list there
	 * either; the release itself refuses it.
	 * @return whether these persons are due for release
	 */
	public boolean dueForRelease() {
		return status() == PersonStatus.ISOLATED && this.observationComplete;
	}

	/**
	 * @return whether these persons' registration was seen
	 */
	public boolean registered() {
		return this.category != null;
	}

}
