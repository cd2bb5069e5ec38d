package org.cordon.reporting.rebuild.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * The tables a build copies into its schema, by role. Named here rather than found in the
 * catalogue: a table added to the live schema that is not named anywhere below makes a
 * test fail, and a build whose projections reach a table it did not copy fails with that
 * table unknown (a build's {@code search_path} is its schema alone), so a new view is
 * never built into the live schema nor left out of a swap unseen.
 */
public final class ViewTables {

	/** The schema of the live views. */
	public static final String LIVE_SCHEMA = "public";

	/** The tables the views answer from, compared by a verification. */
	public static final List<String> VIEWS = List.of("checkpoints", "checkpoint_days", "checkpoint_contributions",
			"quarantine_persons", "quarantine_person_changes", "supply_items", "supply_item_contributions",
			"supply_donations", "supply_donation_contributions", "supply_prices", "supply_price_contributions",
			"inspection_issues", "inspection_actions", "bulletin_persons", "bulletin_isolations",
			"bulletin_supply_days", "bulletin_donation_days", "bulletin_price_days", "bulletin_issues",
			"bulletin_actions");

	/**
	 * The ids of the events applied. A build claims them in memory while it fills its
	 * tables, so its copy gets its unique index only when they are stored.
	 */
	public static final String APPLIED_EVENTS = "applied_events";

	/** Where the views stand in the log: consumed positions and applied event ids. */
	public static final List<String> CONSUMPTION = List.of("consumed_positions", APPLIED_EVENTS);

	/**
	 * Tables of the live schema no build copies: the stream's held changes (they go on
	 * across a rebuild), the rebuilds' own records and Flyway's history.
	 */
	public static final List<String> NOT_COPIED = List.of("view_changes", "view_rebuilds", "flyway_schema_history");

	private ViewTables() {
	}

	/**
	 * @return every table a build copies and a swap replaces: the views and their
	 * positions
	 */
	public static List<String> copied() {
		return Stream.concat(VIEWS.stream(), CONSUMPTION.stream()).toList();
	}

}
