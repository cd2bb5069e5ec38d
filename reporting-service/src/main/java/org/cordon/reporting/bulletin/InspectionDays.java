package org.cordon.reporting.bulletin;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;
import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.InspectionDayChanges.ActionDay;
import org.cordon.reporting.bulletin.domain.IssueDays;
import org.cordon.reporting.bulletin.domain.IssueRow;

import static org.cordon.reporting.bulletin.Days.days;
import static org.cordon.reporting.bulletin.Days.texts;

/**
 * The bulletin's inspection tables: the days of each issue and each accountability
 * action. A batch of any size is written in two statements, its rows in key order.
 */
@Repository
class InspectionDays {

	/**
	 * {@link IssueDays}' rule: the finding told later replaces, each day keeps its first.
	 */
	private static final String MERGE_ISSUES = """
			insert into bulletin_issues as t (issue_id, region, found_on, deadline, rectified_on)
			select * from unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::date[]) order by 1
			on conflict (issue_id) do update set
			  region = coalesce(excluded.region, t.region),
			  found_on = least(t.found_on, excluded.found_on),
			  deadline = coalesce(excluded.deadline, t.deadline),
			  rectified_on = least(t.rectified_on, excluded.rectified_on)""";

	private static final String ADD_ACTIONS = """
			insert into bulletin_actions (action_id, issue_id, kind, taken_on)
			select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[]) order by 1
			on conflict (action_id) do nothing""";

	private static final String ISSUES = """
			select region, found_on, deadline, rectified_on, count(*) as issues
			from bulletin_issues where found_on <= $1
			group by 1, 2, 3, 4""";

	/** An action of no known issue belongs to no region, only to the city. */
	private static final String ACTIONS = """
			select i.region, a.kind, count(*) as actions
			from bulletin_actions a left join bulletin_issues i on i.issue_id = a.issue_id
			where a.taken_on <= $1
			group by 1, 2""";

	private final DatabaseClient database;

	private final CopyingIn copying;

	InspectionDays(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Merges a batch's rows; call inside the batch's transaction.
	 * @param issues at most one per issue
	 * @param actions at most one per action
	 * @return completion
	 */
	Mono<Void> merge(List<IssueDays> issues, List<ActionDay> actions) {
		// in a build, the issues it has not written yet are copied in
		Mono<Void> mergeIssues = this.copying.copyNewOrElse("bulletin_issues", issues, IssueDays::issueId,
				InspectionDays::issueRows, this::mergeIssues);
		Mono<Void> addActions = actions.isEmpty() ? Mono.empty()
				: this.database.sql(ADD_ACTIONS)
					.bind(0, texts(actions, ActionDay::actionId))
					.bind(1, texts(actions, ActionDay::issueId))
					.bind(2, texts(actions, ActionDay::kind))
					.bind(3, days(actions, ActionDay::takenOn))
					.fetch()
					.rowsUpdated()
					.then();
		return mergeIssues.then(addActions);
	}

	private Mono<Void> mergeIssues(List<IssueDays> issues) {
		return this.database.sql(MERGE_ISSUES)
			.bind(0, texts(issues, IssueDays::issueId))
			.bind(1, texts(issues, IssueDays::region))
			.bind(2, days(issues, IssueDays::foundOn))
			.bind(3, days(issues, IssueDays::deadline))
			.bind(4, days(issues, IssueDays::rectifiedOn))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static CopyRows issueRows(List<IssueDays> issues) {
		CopyRows rows = CopyRows.into("bulletin_issues", "issue_id", "region", "found_on", "deadline", "rectified_on");
		for (IssueDays issue : issues) {
			rows.row()
				.uuid(issue.issueId())
				.text(issue.region())
				.date(issue.foundOn())
				.date(issue.deadline())
				.date(issue.rectifiedOn());
		}
		return rows;
	}

	/**
	 * @param date the bulletin's day
	 * @return the issues found by the day, grouped
	 */
	Flux<IssueRow> issues(LocalDate date) {
		return this.database.sql(ISSUES)
			.bind(0, date)
			.map((row) -> new IssueRow(row.get("region", String.class), row.get("found_on", LocalDate.class),
					row.get("deadline", LocalDate.class), row.get("rectified_on", LocalDate.class),
					row.get("issues", Long.class)))
			.all();
	}

	/**
	 * @param date the bulletin's day
	 * @return the actions taken by the day, by region and kind
	 */
	Flux<Bulletin.ActionCount> actions(LocalDate date) {
		return this.database.sql(ACTIONS)
			.bind(0, date)
			.map((row) -> new Bulletin.ActionCount(row.get("region", String.class),
					AccountabilityKind.valueOf(row.get("kind", String.class)), row.get("actions", Long.class)))
			.all();
	}

}
