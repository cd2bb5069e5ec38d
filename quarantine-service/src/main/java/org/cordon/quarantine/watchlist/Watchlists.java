package org.cordon.quarantine.watchlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.quarantine.persons.Persons;
import org.cordon.quarantine.persons.domain.PersonFile;
import org.cordon.quarantine.watchlist.domain.Days;
import org.cordon.quarantine.watchlist.domain.Watchlist;

/**
 * Computes the two watchlists of a day: the database narrows to files with an isolation
 * that were not transferred, the {@link Watchlist} rules decide.
 */
@Repository
class Watchlists {

	private static final Comparator<WatchSummary> ORDER = Comparator.comparing(WatchSummary::region)
		.thenComparing(WatchSummary::observationEndsOn)
		.thenComparing(WatchSummary::personId);

	private final DatabaseClient database;

	Watchlists(DatabaseClient database) {
		this.database = database;
	}

	Mono<List<WatchSummary>> dueForRelease(LocalDate today, ZoneId zone) {
		return list(today, zone, (candidate) -> Watchlist.dueForRelease(candidate.file(), today));
	}

	Mono<List<WatchSummary>> missingTemperature(LocalDate today, ZoneId zone) {
		return list(today, zone, (candidate) -> Watchlist.missingTemperature(candidate.file(), candidate.takenToday()));
	}

	private Mono<List<WatchSummary>> list(LocalDate today, ZoneId zone, Predicate<Candidate> rule) {
		return this.database.sql("select " + prefixed() + """
				, p.region, max(t.at) as last_at, coalesce(bool_or(t.at >= $1 and t.at < $2), false) as taken_today
				  from persons p left join temperatures t on t.person_id = p.person_id
				 where p.isolation_mode is not null and p.transferred_on is null
				 group by p.person_id""")
			.bind(0, Days.startOf(today, zone))
			.bind(1, Days.endOf(today, zone))
			.map((row) -> new Candidate(Persons.file(row, List.of()),
					new WatchSummary(row.get("person_id", UUID.class), row.get("name", String.class),
							row.get("phone", String.class), row.get("region", String.class),
							IsolationMode.valueOf(row.get("isolation_mode", String.class)),
							row.get("isolation_site", String.class), row.get("observation_ends_on", LocalDate.class),
							row.get("last_at", Instant.class)),
					row.get("taken_today", Boolean.class)))
			.all()
			.filter(rule)
			.map(Candidate::summary)
			.sort(ORDER)
			.collectList();
	}

	private static String prefixed() {
		return "p." + String.join(", p.", Persons.FILE_COLUMNS.split(",\\s*"));
	}

	private record Candidate(PersonFile file, WatchSummary summary, boolean takenToday) {

	}

}
