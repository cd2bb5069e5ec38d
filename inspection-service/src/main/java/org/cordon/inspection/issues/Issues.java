package org.cordon.inspection.issues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.inspection.IssueFound;
import org.cordon.inspection.issues.domain.Issue;
import org.cordon.inspection.issues.domain.IssueStatus;

/**
 * The issues on file and where each stands. The overdue check changes them too, with its
 * own conditional update (see {@code overdue}).
 */
@Repository
public class Issues {

	private static final String STATE_COLUMNS = """
			issue_id, team, region, site, responsible_unit, category, description, found_on, deadline, status,
			rectified_on, rectification_note, overdue_on""";

	private final DatabaseClient database;

	Issues(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(IssueFound issue) {
		return this.database.sql("""
				insert into issues (issue_id, team, region, site, responsible_unit, category, description, found_on,
				                    deadline)
				values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
			.bind(0, issue.issueId())
			.bind(1, issue.team())
			.bind(2, issue.region())
			.bind(3, issue.site())
			.bind(4, issue.responsibleUnit())
			.bind(5, issue.category())
			.bind(6, issue.description())
			.bind(7, issue.foundOn())
			.bind(8, issue.deadline())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Reads the issue and keeps others from changing it until the transaction ends; call
	 * inside a transaction. The lock does not block references to the issue.
	 * @param issueId the issue
	 * @return the issue with its rectification note; empty when there is none
	 */
	Mono<OnFile> lock(UUID issueId) {
		return this.database.sql("""
				select issue_id, found_on, deadline, status, rectified_on, rectification_note
				  from issues where issue_id = $1 for no key update""")
			.bind(0, issueId)
			.map((row) -> new OnFile(new Issue(row.get("issue_id", UUID.class), row.get("found_on", LocalDate.class),
					row.get("deadline", LocalDate.class), IssueStatus.valueOf(row.get("status", String.class)),
					row.get("rectified_on", LocalDate.class)), row.get("rectification_note", String.class)))
			.one();
	}

	Mono<Void> rectify(UUID issueId, LocalDate rectifiedOn, String note) {
		DatabaseClient.GenericExecuteSpec update = this.database.sql("""
				update issues set status = 'RECTIFIED', rectified_on = $2, rectification_note = $3
				 where issue_id = $1 and status in ('OPEN', 'OVERDUE')""").bind(0, issueId).bind(1, rectifiedOn);
		update = (note != null) ? update.bind(2, note) : update.bindNull(2, String.class);
		return update.fetch()
			.rowsUpdated()
			.flatMap((rows) -> (rows == 1) ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("The locked issue " + issueId + " could not be rectified")));
	}

	/**
	 * The day an issue was found, keeping it from being removed until the transaction
	 * ends.
	 * @param issueId the issue
	 * @return the day; empty when there is no such issue
	 */
	public Mono<LocalDate> foundOn(UUID issueId) {
		return this.database.sql("select found_on from issues where issue_id = $1 for key share")
			.bind(0, issueId)
			.map((row) -> row.get("found_on", LocalDate.class))
			.one();
	}

	/**
	 * @param status only issues with this status; null for all
	 * @param region only issues of this region; null for all
	 * @return the issues, oldest finding first
	 */
	Flux<IssueState> list(IssueStatus status, String region) {
		List<String> conditions = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		if (status != null) {
			values.add(status.name());
			conditions.add("status = $" + values.size());
		}
		if (region != null) {
			values.add(region);
			conditions.add("region = $" + values.size());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		DatabaseClient.GenericExecuteSpec select = this.database
			.sql("select " + STATE_COLUMNS + " from issues" + where + " order by found_on, issue_id");
		for (int i = 0; i < values.size(); i++) {
			select = select.bind(i, values.get(i));
		}
		return select.map(Issues::state).all();
	}

	private static IssueState state(Readable row) {
		return new IssueState(row.get("issue_id", UUID.class), row.get("team", String.class),
				row.get("region", String.class), row.get("site", String.class),
				row.get("responsible_unit", String.class), row.get("category", String.class),
				row.get("description", String.class), row.get("found_on", LocalDate.class),
				row.get("deadline", LocalDate.class), IssueStatus.valueOf(row.get("status", String.class)),
				row.get("rectified_on", LocalDate.class), row.get("rectification_note", String.class),
				row.get("overdue_on", LocalDate.class));
	}

	/**
	 * An issue as locked for a change, with the note of its rectification.
	 */
	record OnFile(Issue issue, String note) {

	}

}
