package org.cordon.reporting.bulletin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.RunningTotals.RegionDay;
import org.cordon.reporting.checkpoints.domain.Totals;

/**
 * Reads the checkpoint view's day totals for the bulletin: they already count each report
 * on the day of its period's start, in the platform's time zone, with only its latest
 * revision, which is the bulletin's business day. Read only; the checkpoint projection
 * keeps them.
 */
@Repository
class CheckpointFigures {

	/** The nine figures' columns, in the order of {@link Totals#figures()}. */
	private static final List<String> FIGURES = List.of("vehicles_inspected", "vehicles_inbound",
			"vehicles_turned_back", "persons_checked", "persons_inbound", "persons_turned_back", "trains",
			"train_passengers_arrived", "fever_detected");

	private static final String BY_REGION_AND_DAY = "select c.region, d.day, "
			+ FIGURES.stream().map((f) -> "sum(d." + f + ")::bigint as " + f).collect(Collectors.joining(", "))
			+ "\n from checkpoint_days d left join checkpoints c on c.checkpoint_id = d.checkpoint_id"
			+ "\n where d.day <= $1 group by c.region, d.day";

	/** Each checkpoint's row of the day, by region and name as the summary lists them. */
	private static final String ON_THE_DAY = "select c.region, c.name, "
			+ FIGURES.stream().map((f) -> "d." + f).collect(Collectors.joining(", "))
			+ "\n from checkpoint_days d left join checkpoints c on c.checkpoint_id = d.checkpoint_id"
			+ "\n where d.day = $1 order by c.region nulls last, c.name nulls last, d.checkpoint_id";

	private final DatabaseClient database;

	CheckpointFigures(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * @param date the bulletin's day
	 * @return the figures of every region and day up to it
	 */
	Flux<RegionDay> upTo(LocalDate date) {
		return this.database.sql(BY_REGION_AND_DAY)
			.bind(0, date)
			.map((row) -> new RegionDay(row.get("region", String.class), row.get("day", LocalDate.class), figures(row)))
			.all();
	}

	/**
	 * @param date the bulletin's day
	 * @return each checkpoint's figures of the day, by region and name
	 */
	Flux<Bulletin.CheckpointLine> on(LocalDate date) {
		return this.database.sql(ON_THE_DAY)
			.bind(0, date)
			.map((row) -> new Bulletin.CheckpointLine(row.get("region", String.class), row.get("name", String.class),
					figures(row)))
			.all();
	}

	private static Totals figures(Readable row) {
		long[] figures = new long[FIGURES.size()];
		Arrays.setAll(figures, (i) -> row.get(FIGURES.get(i), Long.class));
		return Totals.ofFigures(figures);
	}

}
