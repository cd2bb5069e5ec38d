package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

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

	private static final String NEAR_ANY = "select " + COLUMNS
			+ " from count_reports r join unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])"
			+ " as s (checkpoint, period_from, period_to) on r.checkpoint_id = s.checkpoint"
			+ " and r.period_start < s.period_to and r.period_end > s.period_from" + " union select " + COLUMNS
			+ " from count_reports where report_id = any($4::uuid[])";

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
		return this.database.sql("select " + COLUMNS + """
				 from count_reports
				where (checkpoint_id = $1 and period_start < $3 and period_end > $2)
				   or report_id = any($4::uuid[])""")
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
	 * Files the reports with one round trip.
	 * @param reports new reports and corrections
	 * @return completion
	 */
	Mono<Void> insert(List<FiledReport> reports) {
		if (reports.isEmpty()) {
			return Mono.empty();
		}
		return this.database.inConnectionMany((connection) -> {
			Statement insert = connection.createStatement("insert into count_reports (" + COLUMNS
					+ ") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)");
			for (int i = 0; i < reports.size(); i++) {
				if (i > 0) {
					insert.add();
				}
				bind(insert, reports.get(i));
			}
			return Flux.from(insert.execute()).flatMap(Result::getRowsUpdated);
		}).then();
	}

	private static void bind(Statement insert, FiledReport report) {
		Counts counts = report.counts();
		insert.bind(0, report.reportId())
			.bind(1, report.checkpointId())
			.bind(2, report.period().start())
			.bind(3, report.period().end())
			.bind(4, report.revision())
			.bind(5, counts.vehiclesInspected())
			.bind(6, counts.vehiclesInbound())
			.bind(7, counts.vehiclesTurnedBack())
			.bind(8, counts.personsChecked())
			.bind(9, counts.personsInbound())
			.bind(10, counts.personsTurnedBack())
			.bind(11, counts.trains())
			.bind(12, counts.trainPassengersArrived())
			.bind(13, counts.feverDetected());
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
