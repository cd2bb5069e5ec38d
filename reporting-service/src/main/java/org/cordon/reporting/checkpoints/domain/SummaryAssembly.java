package org.cordon.reporting.checkpoints.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles a summary from the view's rows: totals, daily averages, one entry per
 * checkpoint and one per day of the range.
 */
public final class SummaryAssembly {

	private static final Comparator<CheckpointTotals> BY_REGION_AND_NAME = Comparator
		.comparing(CheckpointTotals::region, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(CheckpointTotals::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(CheckpointTotals::checkpointId);

	private SummaryAssembly() {
	}

	/**
	 * @param query the range asked for
	 * @param checkpoints the registered checkpoints the query selects, listed even
	 * without counts
	 * @param rows the totals per checkpoint and day the query selects
	 * @return the summary
	 */
	public static CheckpointSummary assemble(SummaryQuery query, List<CheckpointInfo> checkpoints,
			List<CheckpointDay> rows) {
		Map<LocalDate, Totals> byDay = new LinkedHashMap<>();
		for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
			byDay.put(day, Totals.ZERO);
		}
		Map<UUID, Totals> byCheckpoint = new LinkedHashMap<>();
		checkpoints.forEach((checkpoint) -> byCheckpoint.put(checkpoint.checkpointId(), Totals.ZERO));
		Totals totals = Totals.ZERO;
		for (CheckpointDay row : rows) {
			if (!byDay.containsKey(row.day())) {
				continue;
			}
			byDay.merge(row.day(), row.totals(), Totals::plus);
			byCheckpoint.merge(row.checkpointId(), row.totals(), Totals::plus);
			totals = totals.plus(row.totals());
		}
		return new CheckpointSummary(query.from(), query.to(), query.days(), totals, totals.dailyAverage(query.days()),
				checkpointTotals(checkpoints, byCheckpoint), dayTotals(byDay));
	}

	private static List<CheckpointTotals> checkpointTotals(List<CheckpointInfo> checkpoints,
			Map<UUID, Totals> byCheckpoint) {
		Map<UUID, CheckpointInfo> known = new LinkedHashMap<>();
		checkpoints.forEach((checkpoint) -> known.put(checkpoint.checkpointId(), checkpoint));
		List<CheckpointTotals> entries = new ArrayList<>();
		byCheckpoint.forEach((id, total) -> {
			CheckpointInfo info = known.getOrDefault(id, new CheckpointInfo(id, null, null));
			entries.add(new CheckpointTotals(id, info.name(), info.region(), total));
		});
		entries.sort(BY_REGION_AND_NAME);
		return entries;
	}

	private static List<DayTotals> dayTotals(Map<LocalDate, Totals> byDay) {
		List<DayTotals> days = new ArrayList<>(byDay.size());
		byDay.forEach((day, total) -> days.add(new DayTotals(day, total)));
		return days;
	}

}
