package org.cordon.reporting.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.Census;
import org.cordon.reporting.bulletin.domain.IssueTally;
import org.cordon.reporting.bulletin.domain.RunningTotals;

/**
 * Reads the bulletin of a day from the tables, all from one snapshot: a batch that
 * commits while the bulletin is read shows in every section or in none.
 */
@Service
class Bulletins {

	private final CheckpointFigures checkpoints;

	private final QuarantineDays quarantine;

	private final SupplyDays supplies;

	private final InspectionDays inspections;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	Bulletins(CheckpointFigures checkpoints, QuarantineDays quarantine, SupplyDays supplies, InspectionDays inspections,
			DatabaseClient database, TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.quarantine = quarantine;
		this.supplies = supplies;
		this.inspections = inspections;
		this.database = database;
		this.transactions = transactions;
	}

	/**
	 * @param date the business day
	 * @return its bulletin
	 */
	Mono<Bulletin> of(LocalDate date) {
		Mono<Bulletin> reading = this.database.sql("set transaction isolation level repeatable read, read only")
			.fetch()
			.rowsUpdated()
			// one statement after the other: they share the transaction's connection
			.then(this.checkpoints.upTo(date).collectList())
			.zipWhen((checkpointDays) -> this.checkpoints.on(date).collectList())
			.flatMap((checkpoints) -> this.quarantine.census(date)
				.collectList()
				.flatMap((census) -> this.supplies.stock(date)
					.collectList()
					.flatMap((stock) -> this.supplies.donations(date)
						.collectList()
						.flatMap((donations) -> this.supplies.prices(date)
							.collectList()
							.flatMap((prices) -> this.inspections.issues(date)
								.collectList()
								.flatMap((issues) -> this.inspections.actions(date)
									.collectList()
									.map((actions) -> new Bulletin(date, RunningTotals.at(date, checkpoints.getT1()),
											checkpoints.getT2(), Census.at(date, census), stock, everyKind(donations),
											prices, IssueTally.at(date, issues),
											Bulletin.Accountability.of(actions)))))))));
		return this.transactions.transactional(reading);
	}

	private static List<Bulletin.DonationLine> everyKind(List<Bulletin.DonationLine> found) {
		Map<DonationKind, Bulletin.DonationLine> byKind = new EnumMap<>(DonationKind.class);
		for (DonationKind kind : DonationKind.values()) {
			byKind.put(kind, Bulletin.DonationLine.none(kind));
		}
		found.forEach((line) -> byKind.put(line.kind(), line));
		return new ArrayList<>(byKind.values());
	}

}
