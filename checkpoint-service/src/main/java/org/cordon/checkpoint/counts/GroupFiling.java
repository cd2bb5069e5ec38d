package org.cordon.checkpoint.counts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.cordon.checkpoint.counts.domain.FiledReport;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.checkpoint.counts.domain.ReportBook;
import org.cordon.checkpoint.registry.Checkpoints;
import org.cordon.platform.outbox.Outbox;

/**
 * Files single reports of several checkpoints in one transaction, with the statements one
 * report would need: lock the checkpoints, read what is on file near the reports, store
 * the new ones, append their events. Each checkpoint's reports are decided by its own
 * {@link ReportBook} in the order they came, exactly as if each had been filed alone.
 * <p>
 * The checkpoints are locked in one statement in the order of their ids, so two groups
 * (or a group and a batch) that share checkpoints wait for each other instead of
 * deadlocking. A group never holds two submissions with the same report id (the
 * {@link FilingQueue} keeps them apart), so the only report a submission can meet under
 * its id is one already on file.
 */
@Service
class GroupFiling {

	private final Checkpoints checkpoints;

	private final CountReports reports;

	private final Outbox outbox;

	private final TransactionalOperator transactions;

	GroupFiling(Checkpoints checkpoints, CountReports reports, Outbox outbox, TransactionalOperator transactions) {
		this.checkpoints = checkpoints;
		this.reports = reports;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @param group valid single reports, in the order they came
	 * @return one outcome per submission, in the same order
	 */
	Mono<List<Outcome>> file(List<Submission> group) {
		List<UUID> checkpointIds = group.stream().map(Submission::checkpointId).distinct().toList();
		Mono<List<Outcome>> filing = this.checkpoints.lockAllForFiling(checkpointIds)
			.collect(HashSet<UUID>::new, Set::add)
			.flatMap((registered) -> {
				List<Submission> filable = group.stream()
					.filter((submission) -> registered.contains(submission.checkpointId()))
					.toList();
				return this.reports.near(filable)
					.collectList()
					.flatMap((known) -> decideAndStore(group, registered, known));
			});
		return this.transactions.transactional(filing);
	}

	private Mono<List<Outcome>> decideAndStore(List<Submission> group, Set<UUID> registered, List<FiledReport> known) {
		Map<UUID, ReportBook> books = new HashMap<>();
		List<Outcome> outcomes = new ArrayList<>(group.size());
		Changes changes = new Changes();
		for (Submission submission : group) {
			UUID checkpointId = submission.checkpointId();
			if (!registered.contains(checkpointId)) {
				outcomes.add(Outcome.refused(FilingCountReports.unknown(checkpointId)));
				continue;
			}
			Filing filing = books.computeIfAbsent(checkpointId, (id) -> new ReportBook(id, known))
				.file(submission.report());
			outcomes.add(Outcome.filed(filing));
			changes.add(filing, submission.provenance());
		}
		return changes.store(this.reports, this.outbox).thenReturn(outcomes);
	}

}
