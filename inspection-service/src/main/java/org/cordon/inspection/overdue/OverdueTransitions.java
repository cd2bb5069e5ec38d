package org.cordon.inspection.overdue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.inspection.overdue.domain.Deadlines;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;

/**
 * Makes open issues past their deadline overdue and announces each, in the caller's
 * transaction. The database decides who does it: the update only takes rows still
 * {@code OPEN}, under a row lock, so of two replicas (or a replica and a rectification)
 * exactly one changes a row and only that one appends its event. ADR 0014.
 */
@Service
public class OverdueTransitions {

	/** Who detects an issue overdue: the service itself, not a key or user. */
	public static final String ACTOR = "service:inspection-service (overdue check)";

	private final DatabaseClient database;

	private final Outbox outbox;

	OverdueTransitions(DatabaseClient database, Outbox outbox) {
		this.database = database;
		this.outbox = outbox;
	}

	/**
	 * Marks up to {@code limit} overdue issues; call inside a transaction. Rows another
	 * transaction holds (another replica's check, a rectification) are skipped rather
	 * than waited for: whoever holds them decides, and a later run takes what is left.
	 * @param today the current day
	 * @param limit the most issues to mark
	 * @param traceparent the trace of this check
	 * @return the issues marked, each announced
	 */
	Mono<List<IssueOverdue>> markDue(LocalDate today, int limit, String traceparent) {
		return this.database.sql("""
				update issues set status = 'OVERDUE', overdue_on = $1
				 where issue_id in (select issue_id from issues
				                     where status = 'OPEN' and deadline <= $2
				                     order by deadline, issue_id
				                     limit $3
				                       for no key update skip locked)
				   and status = 'OPEN'
				returning issue_id, deadline, overdue_on""")
			.bind(0, today)
			.bind(1, Deadlines.latestMissed(today))
			.bind(2, limit)
			.map(OverdueTransitions::overdue)
			.all()
			.collectList()
			.flatMap((overdue) -> this.outbox.append(overdue, provenance(traceparent)).thenReturn(overdue));
	}

	/**
	 * Marks one issue overdue if it is open past its deadline, so that a change to it (a
	 * rectification) comes after the overdue event it missed; call inside a transaction.
	 * Waits for a check holding the row, then finds it marked.
	 * @param issueId the issue
	 * @param today the current day
	 * @param traceparent the trace of the request
	 * @return whether it was marked now
	 */
	public Mono<Boolean> markIfDue(UUID issueId, LocalDate today, String traceparent) {
		return this.database.sql("""
				update issues set status = 'OVERDUE', overdue_on = $1
				 where issue_id = $3 and status = 'OPEN' and deadline <= $2
				returning issue_id, deadline, overdue_on""")
			.bind(0, today)
			.bind(1, Deadlines.latestMissed(today))
			.bind(2, issueId)
			.map(OverdueTransitions::overdue)
			.all()
			.collectList()
			.flatMap((overdue) -> this.outbox.append(overdue, provenance(traceparent)).thenReturn(!overdue.isEmpty()));
	}

	private static Provenance provenance(String traceparent) {
		return new Provenance(ACTOR, traceparent);
	}

	private static IssueOverdue overdue(Readable row) {
		return new IssueOverdue(row.get("issue_id", UUID.class), row.get("deadline", LocalDate.class),
				row.get("overdue_on", LocalDate.class));
	}

}
