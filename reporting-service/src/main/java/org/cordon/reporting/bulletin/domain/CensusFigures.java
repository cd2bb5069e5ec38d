package org.cordon.reporting.bulletin.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.cordon.contracts.quarantine.IsolationMode;

/**
 * The quarantine census of a region or the city at the end of a day; counts of persons
 * only.
 *
 * @param registered files opened by the day
 * @param registeredOnTheDay files opened on the day
 * @param underObservation isolated by the day and neither released nor transferred by
 * then
 * @param byMode {@code underObservation} by the mode of the isolation in effect, every
 * mode listed
 * @param released released by the day
 * @param suspected suspected by the day and not confirmed by then
 * @param confirmed confirmed by the day
 * @param transferred transferred by the day
 * @param dueForRelease in isolation with nothing else on file and observation complete on
 * the day
 */
public record CensusFigures(long registered, long registeredOnTheDay, long underObservation,
		Map<IsolationMode, Long> byMode, long released, long suspected, long confirmed, long transferred,
		long dueForRelease) {

	public CensusFigures {
		EnumMap<IsolationMode, Long> modes = new EnumMap<>(IsolationMode.class);
		for (IsolationMode mode : IsolationMode.values()) {
			modes.put(mode, byMode.getOrDefault(mode, 0L));
		}
		byMode = Collections.unmodifiableMap(modes);
	}

}
