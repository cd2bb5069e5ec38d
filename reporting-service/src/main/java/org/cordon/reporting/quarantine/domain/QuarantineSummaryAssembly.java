package org.cordon.reporting.quarantine.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;

/**
 * Counts a summary from groups of persons, for the city or region by region.
 */
public final class QuarantineSummaryAssembly {

	private QuarantineSummaryAssembly() {
	}

	/**
	 * @param groups the groups of the persons to count
	 * @return their summary; every mode and category listed, with 0 when none
	 */
	public static QuarantineSummary assemble(List<PersonGroup> groups) {
		Counts counts = new Counts();
		groups.forEach(counts::add);
		return counts.summary();
	}

	/**
	 * @param groups groups of persons of any regions
	 * @return the summary of each region, by region name; persons whose registration was
	 * not seen have no region and count in no region's summary
	 */
	public static Map<String, QuarantineSummary> byRegion(List<PersonGroup> groups) {
		Map<String, Counts> counts = new TreeMap<>();
		groups.stream()
			.filter((group) -> group.region() != null)
			.forEach((group) -> counts.computeIfAbsent(group.region(), (region) -> new Counts()).add(group));
		Map<String, QuarantineSummary> summaries = new TreeMap<>();
		counts.forEach((region, regionCounts) -> summaries.put(region, regionCounts.summary()));
		return summaries;
	}

	/**
	 * An empty summary, as for a region nobody of which is on file.
	 * @return every count 0
	 */
	public static QuarantineSummary empty() {
		return assemble(List.of());
	}

	private static final class Counts {

		private long registered;

		private long underObservation;

		private final Map<IsolationMode, Long> byMode = new EnumMap<>(IsolationMode.class);

		private long released;

		private long suspected;

		private long confirmed;

		private long transferred;

		private final Map<PersonCategory, Long> byCategory = new EnumMap<>(PersonCategory.class);

		private long dueForRelease;

		private long feverLast24h;

		Counts() {
			for (IsolationMode mode : IsolationMode.values()) {
				this.byMode.put(mode, 0L);
			}
			for (PersonCategory category : PersonCategory.values()) {
				this.byCategory.put(category, 0L);
			}
		}

		void add(PersonGroup group) {
			long n = group.persons();
			if (group.registered()) {
				this.registered += n;
				this.byCategory.merge(group.category(), n, Long::sum);
			}
			if (group.underObservation()) {
				this.underObservation += n;
				this.byMode.merge(Objects.requireNonNull(group.mode(), "an isolated person has a mode"), n, Long::sum);
			}
			this.released += group.released() ? n : 0;
			this.suspected += (group.status() == PersonStatus.SUSPECTED) ? n : 0;
			this.confirmed += group.confirmed() ? n : 0;
			this.transferred += group.transferred() ? n : 0;
			this.dueForRelease += group.dueForRelease() ? n : 0;
			this.feverLast24h += group.recentFever() ? n : 0;
		}

		QuarantineSummary summary() {
			return new QuarantineSummary(this.registered, this.underObservation, new EnumMap<>(this.byMode),
					this.released, this.suspected, this.confirmed, this.transferred, new EnumMap<>(this.byCategory),
					this.dueForRelease, this.feverLast24h);
		}

	}

}
