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

import org.cordon.checkpoint.counts.domain.FiledReport;
import org.cordon.checkpoint.counts.domain.Period;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.database.BinaryArray;

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
	 * The latest revision of the checkpoint's period that starts last at or before an
	 * instant: one backward step in the unique key's index. Periods on file never overlap
	 * each other, so of the periods that start before a new one, only this one can reach
	 * into it; reading every period of the last 24 hours instead read up to 1,440 index
	 * entries for a checkpoint that reports every minute (ADR 25).
	 */
	private static final String LAST_STARTING = "select " + COLUMNS
			+ " from count_reports where checkpoint_id = %s and period_start %s %s"
			+ " order by period_start desc, period_end desc, revision desc limit 1";

	/**
	 * For each report of a group: the period on file starting last at or before it (the
	 * same period, or the one that may reach into it) and the first one starting inside
	 * it (which overlaps it), each the latest revision; and every report that already
	 * uses one of the ids.
	 */
	private static final String NEAR_ANY = "select " + COLUMNS
			+ " from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) as s (checkpoint, period_from, period_to)"
			+ " cross join lateral ((" + LAST_STARTING.formatted("s.checkpoint", "<=", "s.period_from") + ")"
			+ " union all (select " + COLUMNS + " from count_reports where checkpoint_id = s.checkpoint"
			+ " and period_start > s.period_from and period_start < s.period_to"
			+ " order by period_start, period_end, revision desc limit 1)) as near union select " + COLUMNS
			+ " from count_reports where report_id = any($4::uuid[])";

	/**
	 * For a batch: the period on file starting last before the batch's span, every period
	 * starting inside the span, and every report that already uses one of the ids.
	 */
	private static final String NEAR = "(" + LAST_STARTING.formatted("$1", "<", "$2") + ") union select " + COLUMNS
			+ " from count_reports where checkpoint_id = $1 and period_start >= $2 and period_start < $3"
			+ " union select " + COLUMNS + " from count_reports where report_id = any($4::uuid[])";

	private static final String INSERT = "insert into count_reports (" + COLUMNS + ") select * from unnest("
			+ "$1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::int[], $7::int[],"
			+ " $8::int[], $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[])";

	private final DatabaseClient database;

	CountReports(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * What a batch needs to be decided: the periods of this checkpoint that can touch the
	 * batch's span (see {@link #NEAR}), and every report that already uses one of its
	 * ids.
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
			.bind(3, BinaryArray.uuids(List.copyOf(reportIds), Function.identity()))
			.map(CountReports::read)
			.all();
	}

	/**
	 * What a group of single reports needs to be decided: for each, the periods of its
	 * checkpoint that can touch its period (see {@link #NEAR_ANY}), and every report that
	 * already uses its id.
	 * @param submissions the reports, each with its checkpoint
	 * @return the reports on file, each once
	 */
	Flux<FiledReport> near(List<Submission> submissions) {
		if (submissions.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(NEAR_ANY)
			.bind(0, BinaryArray.uuids(submissions, Submission::checkpointId))
			.bind(1, BinaryArray.instants(submissions, (s) -> s.report().period().start()))
			.bind(2, BinaryArray.instants(submissions, (s) -> s.report().period().end()))
			.bind(3, BinaryArray.uuids(submissions, (s) -> s.report().reportId()))
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
			.bind(0, BinaryArray.uuids(reports, FiledReport::reportId))
			.bind(1, BinaryArray.uuids(reports, FiledReport::checkpointId))
			.bind(2, BinaryArray.instants(reports, (r) -> r.period().start()))
			.bind(3, BinaryArray.instants(reports, (r) -> r.period().end()))
			.bind(4, BinaryArray.ints(reports, FiledReport::revision))
			.bind(5, BinaryArray.ints(reports, (r) -> r.counts().vehiclesInspected()))
			.bind(6, BinaryArray.ints(reports, (r) -> r.counts().vehiclesInbound()))
			.bind(7, BinaryArray.ints(reports, (r) -> r.counts().vehiclesTurnedBack()))
			.bind(8, BinaryArray.ints(reports, (r) -> r.counts().personsChecked()))
			.bind(9, BinaryArray.ints(reports, (r) -> r.counts().personsInbound()))
			.bind(10, BinaryArray.ints(reports, (r) -> r.counts().personsTurnedBack()))
			.bind(11, BinaryArray.ints(reports, (r) -> r.counts().trains()))
			.bind(12, BinaryArray.ints(reports, (r) -> r.counts().trainPassengersArrived()))
			.bind(13, BinaryArray.ints(reports, (r) -> r.counts().feverDetected()))
			.fetch()
			.rowsUpdated()
			.then();
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
