package org.cordon.reporting.quarantine.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;

/**
 * The answer of {@code GET /api/views/quarantine/summary}: counts of persons only, never
 * anything about one of them.
 *
 * @param registered persons registered (cumulative)
 * @param underObservation isolated and neither released nor transferred
 * @param byMode {@code underObservation} by the mode of the latest isolation, every mode
 * listed
 * @param released persons released (cumulative)
 * @param suspected suspected now and not (yet) confirmed
 * @param confirmed persons confirmed (cumulative)
 * @param transferred persons transferred (cumulative)
 * @param byCategory {@code registered} by category, every category listed
 * @param dueForRelease in isolation with nothing else on file and observation complete
 * @param feverLast24h persons with a reading of at least 37.3 °C in the last 24 hours
 */
public record QuarantineSummary(long registered, long underObservation, Map<IsolationMode, Long> byMode, long released,
		long suspected, long confirmed, long transferred, Map<PersonCategory, Long> byCategory, long dueForRelease,
		long feverLast24h) {

	public QuarantineSummary {
		// in the enums' order, so that the JSON lists them as API.md does
		EnumMap<IsolationMode, Long> modes = new EnumMap<>(IsolationMode.class);
		modes.putAll(byMode);
		byMode = Collections.unmodifiableMap(modes);
		EnumMap<PersonCategory, Long> categories = new EnumMap<>(PersonCategory.class);
		categories.putAll(byCategory);
		byCategory = Collections.unmodifiableMap(categories);
	}

}
