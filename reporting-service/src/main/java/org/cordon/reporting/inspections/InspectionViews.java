package org.cordon.reporting.inspections;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;
import org.cordon.reporting.inspections.domain.InspectionChanges.Action;
import org.cordon.reporting.inspections.domain.IssueChange;
import org.cordon.reporting.inspections.domain.IssueGroup;

/**
 * The tables of the inspection ledger. Writes take whole batches as arrays, so that a
 * batch of any size costs one statement per table; a ledger reads the issues grouped by
 * what it counts by.
 */
@Repository
class InspectionViews {

	/** Each time is the first the view was told: least() passes over a null. */
	private static final String MERGE_ISSUES = """
			insert into inspection_issues as t (issue_id, region, found, rectified, overdue,
			  found_at, rectified_at, overdue_at)
			select * from unnest($1::uuid[], $2::text[], $3::boolean[], $4::boolean[], $5::boolean[],
			  $6::timestamptz[], $7::timestamptz[], $8::timestamptz[])
			on conflict (issue_id) do update set
			  region = coalesce(excluded.region, t.region),
			  found = t.found or excluded.found,
			  rectified = t.rectified or excluded.rectified,
			  overdue = t.overdue or excluded.overdue,
			  found_at = least(t.found_at, excluded.found_at),
			  rectified_at = least(t.rectified_at, excluded.rectified_at),
			  overdue_at = least(t.overdue_at, excluded.overdue_at)
			returning region, found""";

	private static final String ADD_ACTIONS = """
			insert into inspection_actions (action_id, issue_id, kind, taken_at)
			select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
			on conflict (action_id) do nothing""";

	/**
	 * An issue is on the ledger as of T once found by T; rectified and overdue likewise.
	 */
	private static final String GROUPS_AS_OF = """
			select region, coalesce(rectified_at <= $2::timestamptz, false) as rectified,
			  coalesce(overdue_at <= $2::timestamptz, false) as overdue, count(*) as issues
			from inspection_issues
			where found_at <= $2::timestamptz and ($1::text is null or region = $1)
			group by 1, 2, 3""";

	/** An issue not found by T has no region as of T, as an unseen one has none live. */
	private static final String ACTIONS_BY_KIND_AS_OF = """
			select a.kind, count(*) as actions
			from inspection_actions a
			left join inspection_issues i on i.issue_id = a.issue_id and i.found_at <= $2::timestamptz
			where a.taken_at <= $2::timestamptz and ($1::text is null or i.region = $1)
			group by a.kind""";

	private static final String GROUPS = """
			select region, rectified, overdue, count(*) as issues
			from inspection_issues
			where found and ($1::text is null or region = $1)
			group by region, rectified, overdue""";

	/** An action of no known issue belongs to no region, only to the city's ledger. */
	private static final String ACTIONS_BY_KIND = """
			select a.kind, count(*) as actions
			from inspection_actions a left join inspection_issues i on i.issue_id = a.issue_id
			where ($1::text is null or i.region = $1)
			group by a.kind""";

	private final DatabaseClient database;

	private final CopyingIn copying;

	InspectionViews(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Merges a batch's issue changes; call inside the batch's transaction.
	 * @param changes at most one per issue
	 * @return the regions of the changed issues that are on the ledger
	 */
	Flux<String> mergeIssues(List<IssueChange> changes) {
		if (changes.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(MERGE_ISSUES)
			.bind(0, changes.stream().map((c) -> c.issueId().toString()).toArray(String[]::new))
			.bind(1, changes.stream().map(IssueChange::region).toArray(String[]::new))
			.bind(2, changes.stream().map(IssueChange::found).toArray(Boolean[]::new))
			.bind(3, changes.stream().map(IssueChange::rectified).toArray(Boolean[]::new))
			.bind(4, changes.stream().map(IssueChange::overdue).toArray(Boolean[]::new))
			.bind(5, changes.stream().map((c) -> stored(c.foundAt())).toArray(String[]::new))
			.bind(6, changes.stream().map((c) -> stored(c.rectifiedAt())).toArray(String[]::new))
			.bind(7, changes.stream().map((c) -> stored(c.overdueAt())).toArray(String[]::new))
			// an issue whose IssueFound was not seen is on no region's line
			.map((row) -> Boolean.TRUE.equals(row.get("found", Boolean.class))
					? Optional.ofNullable(row.get("region", String.class)) : Optional.<String>empty())
			.all()
			.filter(Optional::isPresent)
			.map(Optional::get);
	}

	/**
	 * Merges changes as {@link #mergeIssues} does, where nobody reads the regions back;
	 * in a build, the issues it has not written yet are copied in.
	 * @param changes at most one per issue
	 * @return completion
	 */
	Mono<Void> mergeIssuesUnread(List<IssueChange> changes) {
		return this.copying.copyNewOrElse("inspection_issues", changes, IssueChange::issueId, (fresh) -> {
			CopyRows rows = CopyRows.into("inspection_issues", "issue_id", "region", "found", "rectified", "overdue",
					"found_at", "rectified_at", "overdue_at");
			for (IssueChange change : fresh) {
				rows.row()
					.uuid(change.issueId())
					.text(change.region())
					.bool(change.found())
					.bool(change.rectified())
					.bool(change.overdue())
					.timestamp(micros(change.foundAt()))
					.timestamp(micros(change.rectifiedAt()))
					.timestamp(micros(change.overdueAt()));
			}
			return rows;
		}, (rows) -> mergeIssues(rows).then());
	}

	/**
	 * Records accountability actions; one already recorded changes nothing. Call inside
	 * the batch's transaction.
	 * @param actions at most one per action id
	 * @return completion
	 */
	Mono<Void> addActions(List<Action> actions) {
		if (actions.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(ADD_ACTIONS)
			.bind(0, actions.stream().map((a) -> a.actionId().toString()).toArray(String[]::new))
			.bind(1, actions.stream()
				.map((a) -> (a.issueId() != null) ? a.issueId().toString() : null)
				.toArray(String[]::new))
			.bind(2, actions.stream().map((a) -> a.kind().name()).toArray(String[]::new))
			.bind(3, actions.stream().map((a) -> stored(a.takenAt())).toArray(String[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * @param region only issues of this region, or null for all
	 * @param asOf only the events whose time is at or before this instant, or null for
	 * all
	 * @return the found issues grouped by region and state
	 */
	Flux<IssueGroup> groups(String region, Instant asOf) {
		return bind(this.database.sql((asOf != null) ? GROUPS_AS_OF : GROUPS), region, asOf)
			.map((row) -> new IssueGroup(row.get("region", String.class),
					Boolean.TRUE.equals(row.get("rectified", Boolean.class)),
					Boolean.TRUE.equals(row.get("overdue", Boolean.class)), row.get("issues", Long.class)))
			.all();
	}

	/**
	 * @param region only actions on issues of this region, or null for all
	 * @param asOf only the events whose time is at or before this instant, or null for
	 * all
	 * @return the actions counted by kind, for the kinds that have any
	 */
	Mono<Map<AccountabilityKind, Long>> actionsByKind(String region, Instant asOf) {
		return bind(this.database.sql((asOf != null) ? ACTIONS_BY_KIND_AS_OF : ACTIONS_BY_KIND), region, asOf)
			.map((row) -> Map.entry(AccountabilityKind.valueOf(row.get("kind", String.class)),
					row.get("actions", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(AccountabilityKind.class));
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, String region, Instant asOf) {
		GenericExecuteSpec bound = (region != null) ? spec.bind(0, region) : spec.bindNull(0, String.class);
		return (asOf != null) ? bound.bind(1, stored(asOf)) : bound;
	}

	/**
	 * An instant as the database keeps it: to the microsecond, cut rather than rounded,
	 * so that events and the instants asked for are compared at the same precision.
	 */
	private static String stored(Instant instant) {
		return (instant != null) ? micros(instant).toString() : null;
	}

	private static Instant micros(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

}
