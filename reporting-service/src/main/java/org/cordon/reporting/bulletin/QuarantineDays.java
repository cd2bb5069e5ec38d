package org.cordon.reporting.bulletin;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;
import org.cordon.reporting.bulletin.domain.CensusRow;
import org.cordon.reporting.bulletin.domain.Isolation;
import org.cordon.reporting.bulletin.domain.PersonDays;

import static org.cordon.reporting.bulletin.Days.days;
import static org.cordon.reporting.bulletin.Days.texts;

/**
 * The bulletin's quarantine tables: the days of each person's facts, and each isolation
 * by its first day. A batch of any size is written in two statements, its rows in key
 * order so that two batches writing the same rows lock them in the same order.
 */
@Repository
class QuarantineDays {

	/**
	 * {@link PersonDays}' rule: the registration told later replaces, a transition keeps
	 * its first day.
	 */
	private static final String MERGE_PERSONS = """
			insert into bulletin_persons as t (person_id, region, category, registered_on, released_on,
			  suspected_on, confirmed_on, transferred_on)
			select * from unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[], $6::date[], $7::date[],
			  $8::date[]) order by 1
			on conflict (person_id) do update set
			  region = coalesce(excluded.region, t.region),
			  category = coalesce(excluded.category, t.category),
			  registered_on = coalesce(excluded.registered_on, t.registered_on),
			  released_on = least(t.released_on, excluded.released_on),
			  suspected_on = least(t.suspected_on, excluded.suspected_on),
			  confirmed_on = least(t.confirmed_on, excluded.confirmed_on),
			  transferred_on = least(t.transferred_on, excluded.transferred_on)""";

	private static final String MERGE_ISOLATIONS = """
			insert into bulletin_isolations as t (person_id, started_on, mode, observation_ends_on)
			select * from unnest($1::uuid[], $2::date[], $3::text[], $4::date[]) order by 1, 2
			on conflict (person_id, started_on) do update set
			  mode = excluded.mode, observation_ends_on = excluded.observation_ends_on""";

	/**
	 * Each person with the isolation in effect at the date (the latest started by then),
	 * grouped by every day the census counts by; a person with nothing by the date is
	 * left out.
	 */
	private static final String CENSUS = """
			select p.region, p.registered_on, p.released_on, p.suspected_on, p.confirmed_on, p.transferred_on,
			  i.started_on, i.mode, i.observation_ends_on, count(*) as persons
			from bulletin_persons p
			left join lateral (
			  select s.started_on, s.mode, s.observation_ends_on from bulletin_isolations s
			  where s.person_id = p.person_id and s.started_on <= $1
			  order by s.started_on desc limit 1) i on true
			where least(p.registered_on, p.released_on, p.suspected_on, p.confirmed_on, p.transferred_on,
			  i.started_on) <= $1
			group by 1, 2, 3, 4, 5, 6, 7, 8, 9""";

	private final DatabaseClient database;

	private final CopyingIn copying;

	QuarantineDays(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Merges a batch's rows; call inside the batch's transaction.
	 * @param persons at most one per person
	 * @param isolations at most one per person and first day
	 * @return completion
	 */
	Mono<Void> merge(List<PersonDays> persons, List<Isolation> isolations) {
		// in a build, the persons it has not written yet are copied in
		Mono<Void> mergePersons = this.copying.copyNewOrElse("bulletin_persons", persons, PersonDays::personId,
				QuarantineDays::personRows, this::mergePersons);
		Mono<Void> mergeIsolations = isolations.isEmpty() ? Mono.empty()
				: this.database.sql(MERGE_ISOLATIONS)
					.bind(0, texts(isolations, Isolation::personId))
					.bind(1, days(isolations, Isolation::startedOn))
					.bind(2, texts(isolations, Isolation::mode))
					.bind(3, days(isolations, Isolation::observationEndsOn))
					.fetch()
					.rowsUpdated()
					.then();
		return mergePersons.then(mergeIsolations);
	}

	private Mono<Void> mergePersons(List<PersonDays> persons) {
		return this.database.sql(MERGE_PERSONS)
			.bind(0, texts(persons, PersonDays::personId))
			.bind(1, texts(persons, PersonDays::region))
			.bind(2, texts(persons, PersonDays::category))
			.bind(3, days(persons, PersonDays::registeredOn))
			.bind(4, days(persons, PersonDays::releasedOn))
			.bind(5, days(persons, PersonDays::suspectedOn))
			.bind(6, days(persons, PersonDays::confirmedOn))
			.bind(7, days(persons, PersonDays::transferredOn))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static CopyRows personRows(List<PersonDays> persons) {
		CopyRows rows = CopyRows.into("bulletin_persons", "person_id", "region", "category", "registered_on",
				"released_on", "suspected_on", "confirmed_on", "transferred_on");
		for (PersonDays person : persons) {
			rows.row()
				.uuid(person.personId())
				.text(person.region())
				.text(person.category())
				.date(person.registeredOn())
				.date(person.releasedOn())
				.date(person.suspectedOn())
				.date(person.confirmedOn())
				.date(person.transferredOn());
		}
		return rows;
	}

	/**
	 * @param date the census's day
	 * @return the persons with a fact by then, grouped
	 */
	Flux<CensusRow> census(LocalDate date) {
		return this.database.sql(CENSUS).bind(0, date).map((row) -> {
			String mode = row.get("mode", String.class);
			return new CensusRow(row.get("region", String.class), row.get("registered_on", LocalDate.class),
					row.get("released_on", LocalDate.class), row.get("suspected_on", LocalDate.class),
					row.get("confirmed_on", LocalDate.class), row.get("transferred_on", LocalDate.class),
					row.get("started_on", LocalDate.class), (mode != null) ? IsolationMode.valueOf(mode) : null,
					row.get("observation_ends_on", LocalDate.class), row.get("persons", Long.class));
		}).all();
	}

}
