package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.checkpoint.counts.domain.CountReportRules;
import org.cordon.checkpoint.counts.domain.FiledReport;
import org.cordon.checkpoint.counts.domain.Period;
import org.cordon.contracts.checkpoint.Counts;

/**
 * Every revision of every report on file.
 */
@Repository
class CountReports {

	private static final String COLUMNS = """
			report_id, checkpoint_id, period_start, period_end, revision, vehicles_inspected, vehicles_inbound,
			vehicles_turned_back, persons_checked, persons_inbound, persons_turned_back, trains,
			train_passengers_arrived, fever_detected""";

	/**
	 * No report on file is longer than {@link CountReportRules#MAX_PERIOD}, so one that
	 * overlaps a period starts at most that long before it: said to the database, it
	 * bounds the index scan to those reports instead of every earlier one of the
	 * checkpoint (a checkpoint reporting hourly files 8,760 reports a year).
	 */
	private static final String STARTS_AFTER = " > %s - interval '" + CountReportRules.MAX_PERIOD.toSeconds()
			+ " seconds'";

	private static final String NEAR_ANY = "select " + COLUMNS
			+ " from count_reports r join unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])"
			+ " as s (checkpoint, period_from, period_to) on r.checkpoint_id = s.checkpoint"
			+ " and r.period_start < s.period_to and r.period_end > s.period_from and r.period_start"
			+ STARTS_AFTER.formatted("s.period_from") + " union select " + COLUMNS
			+ " from count_reports where report_id = any($4::uuid[])";

	private static final String NEAR = "select " + COLUMNS
			+ " from count_reports where (checkpoint_id = $1 and period_start < $3 and period_end > $2"
			+ " and period_start" + STARTS_AFTER.formatted("$2") + ") or report_id = any($4::uuid[])";

	// uuids and instants travel as text, which PostgreSQL reads exactly
	private static final String INSERT = "insert into count_reports (" + COLUMNS + ") select * from unnest("
			+ "$1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::int[], $7::int[],"
			+ " $8::int[], $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[])";

	private final DatabaseClient database;

	CountReports(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * What a batch needs to be decided: every revision of this checkpoint's periods that
	 * touch the batch's span, and every report that already uses one of its ids.
	 * @param checkpointId the checkpoint
	 * @param from the earliest start in the batch
	 * @param to the latest end in the batch
	 * @param reportIds the ids in the batch
	 * @return the reports on file
	 */
	Flux<FiledReport> near(UUID checkpointId, Instant from, Instant to, Collection<UUID> reportIds) {
		return this.database.sql(NEAR)
			.bind(0, checkpointId)
			.bind(1, from)
			.bind(2, to)
			.bind(3, reportIds.stream().map(UUID::toString).toArray(String[]::new))
			.map(CountReports::read)
			.all();
	}

	/**
	 * What a group of single reports needs to be decided: for each, every revision of its
	 * checkpoint's periods that touch its period, and every report that already uses its
	 * id.
	 * @param submissions the reports, each with its checkpoint
	 * @return the reports on file, each once
	 */
	Flux<FiledReport> near(List<Submission> submissions) {
		// instants travel as ISO-8601 text, which PostgreSQL reads as timestamptz exactly
		if (submissions.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(NEAR_ANY)
			.bind(0, submissions.stream().map((s) -> s.checkpointId().toString()).toArray(String[]::new))
			.bind(1, submissions.stream().map((s) -> s.report().period().start().toString()).toArray(String[]::new))
			.bind(2, submissions.stream().map((s) -> s.report().period().end().toString()).toArray(String[]::new))
			.bind(3, submissions.stream().map((s) -> s.report().reportId().toString()).toArray(String[]::new))
			.map(CountReports::read)
			.all();
	}

	/**
	 * Files the reports with one statement, each column bound as one array: a batch of a
	 * thousand costs one execution, not a thousand bindings of one statement.
	 * @param reports new reports and corrections
	 * @return completion
	 */
	Mono<Void> insert(List<FiledReport> reports) {
		if (reports.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(INSERT)
			.bind(0, texts(reports, (r) -> r.reportId().toString()))
			.bind(1, texts(reports, (r) -> r.checkpointId().toString()))
			.bind(2, texts(reports, (r) -> r.period().start().toString()))
			.bind(3, texts(reports, (r) -> r.period().end().toString()))
			.bind(4, numbers(reports, FiledReport::revision))
			.bind(5, numbers(reports, (r) -> r.counts().vehiclesInspected()))
			.bind(6, numbers(reports, (r) -> r.counts().vehiclesInbound()))
			.bind(7, numbers(reports, (r) -> r.counts().vehiclesTurnedBack()))
			.bind(8, numbers(reports, (r) -> r.counts().personsChecked()))
			.bind(9, numbers(reports, (r) -> r.counts().personsInbound()))
			.bind(10, numbers(reports, (r) -> r.counts().personsTurnedBack()))
			.bind(11, numbers(reports, (r) -> r.counts().trains()))
			.bind(12, numbers(reports, (r) -> r.counts().trainPassengersArrived()))
			.bind(13, numbers(reports, (r) -> r.counts().feverDetected()))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static String[] texts(List<FiledReport> reports, Function<FiledReport, String> column) {
		return reports.stream().map(column).toArray(String[]::new);
	}

	private static Integer[] numbers(List<FiledReport> reports, Function<FiledReport, Integer> column) {
		return reports.stream().map(column).toArray(Integer[]::new);
	}

	private static FiledReport read(Readable row) {
		return new FiledReport(row.get("report_id", UUID.class), row.get("checkpoint_id", UUID.class),
				new Period(row.get("period_start", Instant.class), row.get("period_end", Instant.class)),
				row.get("revision", Integer.class),
				new Counts(row.get("vehicles_inspected", Integer.class), row.get("vehicles_inbound", Integer.class),
						row.get("vehicles_turned_back", Integer.class), row.get("persons_checked", Integer.class),
						row.get("persons_inbound", Integer.class), row.get("persons_turned_back", Integer.class),
						row.get("trains", Integer.class), row.get("train_passengers_arrived", Integer.class),
						row.get("fever_detected", Integer.class)));
	}

}
