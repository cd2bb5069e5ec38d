package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.checkpoint.counts.domain.CountReport;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.checkpoint.counts.domain.ReportBook;
import org.cordon.checkpoint.registry.Checkpoints;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;
import org.cordon.platform.problem.ProblemException;

/**
 * Files valid reports of one checkpoint in one transaction: a few statements per batch,
 * however many reports it holds. The checkpoint's row lock puts concurrent filings for
 * the same checkpoint one after the other, so revisions and overlaps are decided on what
 * is really on file.
 */
@Service
class FilingCountReports {

	private final Checkpoints checkpoints;

	private final CountReports reports;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	FilingCountReports(Checkpoints checkpoints, CountReports reports, Outbox outbox,
			TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.reports = reports;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param checkpointId the checkpoint posting
	 * @param batch valid reports, in the order sent
	 * @param provenance who posted them
	 * @return one filing per report, in the same order
	 */
	Mono<List<Filing>> file(UUID checkpointId, List<CountReport> batch, Provenance provenance) {
		if (batch.isEmpty()) {
			return this.checkpoints.exists(checkpointId)
				.flatMap((exists) -> exists ? Mono.just(List.<Filing>of()) : Mono.error(unknown(checkpointId)));
		}
		Mono<List<Filing>> filing = this.checkpoints.lockForFiling(checkpointId).flatMap((exists) -> {
			if (!exists) {
				return Mono.error(unknown(checkpointId));
			}
			Instant from = batch.stream().map((r) -> r.period().start()).min(Comparator.naturalOrder()).orElseThrow();
			Instant to = batch.stream().map((r) -> r.period().end()).max(Comparator.naturalOrder()).orElseThrow();
			List<UUID> ids = batch.stream().map(CountReport::reportId).toList();
			return this.reports.near(checkpointId, from, to, ids)
				.collectList()
				.flatMap((known) -> decideAndStore(batch, new ReportBook(checkpointId, known), provenance));
		});
		return this.transactions.transactional(filing);
	}

	private Mono<List<Filing>> decideAndStore(List<CountReport> batch, ReportBook book, Provenance provenance) {
		List<Filing> filings = new ArrayList<>(batch.size());
		Changes changes = new Changes();
		for (CountReport report : batch) {
			Filing filing = book.file(report);
			filings.add(filing);
			changes.add(filing, provenance);
		}
		return changes.store(this.reports, this.outbox).thenReturn(filings);
	}

	static ProblemException unknown(UUID checkpointId) {
		return ProblemException.notFound("No checkpoint " + checkpointId + " is registered.");
	}

}
