package org.cordon.reporting.quarantine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;
import org.cordon.reporting.quarantine.domain.Moment;
import org.cordon.reporting.quarantine.domain.PersonChange;
import org.cordon.reporting.quarantine.domain.PersonContributions;
import org.cordon.reporting.quarantine.domain.PersonGroup;

/**
 * The table of the quarantine summary: one row per person. A batch of any size is merged
 * in one statement; a summary reads the rows grouped by what it counts by.
 */
@Repository
class QuarantineViews {

	/**
	 * Merges the changes as {@link PersonChange} describes: a value told replaces the
	 * row's, a flag told sets it, the latest fever is the later of the two.
	 */
	private static final String MERGE = """
			insert into quarantine_persons as t (person_id, region, category, mode, observation_ends_on,
			  isolated, suspected, confirmed, transferred, released, last_fever_at)
			select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[],
			  $6::boolean[], $7::boolean[], $8::boolean[], $9::boolean[], $10::boolean[], $11::timestamptz[])
			on conflict (person_id) do update set
			  region = coalesce(excluded.region, t.region),
			  category = coalesce(excluded.category, t.category),
			  mode = coalesce(excluded.mode, t.mode),
			  observation_ends_on = coalesce(excluded.observation_ends_on, t.observation_ends_on),
			  isolated = t.isolated or excluded.isolated,
			  suspected = t.suspected or excluded.suspected,
			  confirmed = t.confirmed or excluded.confirmed,
			  transferred = t.transferred or excluded.transferred,
			  released = t.released or excluded.released,
			  last_fever_at = greatest(t.last_fever_at, excluded.last_fever_at)
			returning region""";

	/** {@link #MERGE}'s rule, for the rows of one person and instant. */
	private static final String CONTRIBUTE = """
			insert into quarantine_person_changes as t (person_id, region, category, mode, observation_ends_on,
			  isolated, suspected, confirmed, transferred, released, last_fever_at, effective_at)
			select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[],
			  $6::boolean[], $7::boolean[], $8::boolean[], $9::boolean[], $10::boolean[], $11::timestamptz[],
			  $12::timestamptz[])
			on conflict (person_id, effective_at) do update set
			  region = coalesce(excluded.region, t.region),
			  category = coalesce(excluded.category, t.category),
			  mode = coalesce(excluded.mode, t.mode),
			  observation_ends_on = coalesce(excluded.observation_ends_on, t.observation_ends_on),
			  isolated = t.isolated or excluded.isolated,
			  suspected = t.suspected or excluded.suspected,
			  confirmed = t.confirmed or excluded.confirmed,
			  transferred = t.transferred or excluded.transferred,
			  released = t.released or excluded.released,
			  last_fever_at = greatest(t.last_fever_at, excluded.last_fever_at)""";

	/**
	 * Each person as of the instant, merged from their rows up to it by {@link #MERGE}'s
	 * rule (a value told later replaces one told earlier, a flag once set stays, the
	 * latest fever is the latest), then grouped as {@link #GROUPS} groups the live rows.
	 */
	private static final String GROUPS_AS_OF = """
			with persons as (
			  select person_id,
			    (array_agg(region order by effective_at desc) filter (where region is not null))[1] as region,
			    (array_agg(category order by effective_at desc) filter (where category is not null))[1] as category,
			    (array_agg(mode order by effective_at desc) filter (where mode is not null))[1] as mode,
			    (array_agg(observation_ends_on order by effective_at desc)
			      filter (where observation_ends_on is not null))[1] as observation_ends_on,
			    bool_or(isolated) as isolated, bool_or(suspected) as suspected, bool_or(confirmed) as confirmed,
			    bool_or(transferred) as transferred, bool_or(released) as released,
			    max(last_fever_at) as last_fever_at
			  from quarantine_person_changes
			  where effective_at <= $4::timestamptz
			  group by person_id)
			select region, category, mode, isolated, suspected, confirmed, transferred, released,
			  coalesce(observation_ends_on <= $1, false) as observation_complete,
			  coalesce(last_fever_at > $2, false) as recent_fever,
			  count(*) as persons
			from persons
			where ($3::text is null or region = $3)
			group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""";

	/**
	 * The two time-dependent conditions are {@link Moment#observationComplete} and
	 * {@link Moment#recentFever}, written in SQL so that the rows can be grouped by them.
	 */
	private static final String GROUPS = """
			select region, category, mode, isolated, suspected, confirmed, transferred, released,
			  coalesce(observation_ends_on <= $1, false) as observation_complete,
			  coalesce(last_fever_at > $2, false) as recent_fever,
			  count(*) as persons
			from quarantine_persons
			where ($3::text is null or region = $3)
			group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""";

	private static final String[] PERSON_COLUMNS = { "person_id", "region", "category", "mode", "observation_ends_on",
			"isolated", "suspected", "confirmed", "transferred", "released", "last_fever_at" };

	private final DatabaseClient database;

	private final CopyingIn copying;

	QuarantineViews(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Merges a batch's changes; call inside the batch's transaction.
	 * @param changes at most one per person
	 * @return the regions of the persons changed, as known after the change (null for a
	 * person whose registration was not seen)
	 */
	Flux<String> merge(List<PersonChange> changes) {
		if (changes.isEmpty()) {
			return Flux.empty();
		}
		return bindChanges(this.database.sql(MERGE), changes)
			// a person whose registration was not seen has no region: no region's summary
			// moved
			.map((row) -> Optional.ofNullable(row.get("region", String.class)))
			.all()
			.filter(Optional::isPresent)
			.map(Optional::get);
	}

	/**
	 * Records what each person's events told at each instant, for the summary as of an
	 * instant; call inside the batch's transaction.
	 * @param contributions at most one per person and instant
	 * @return completion
	 */
	Mono<Void> contribute(List<PersonContributions.Contribution> contributions) {
		if (contributions.isEmpty()) {
			return Mono.empty();
		}
		// a build's rows are copied in (CopyingIn)
		return this.copying.copyOrElse(() -> contributionRows(contributions), () -> upsert(contributions));
	}

	private Mono<Void> upsert(List<PersonContributions.Contribution> contributions) {
		return bindChanges(this.database.sql(CONTRIBUTE),
				contributions.stream().map(PersonContributions.Contribution::change).toList())
			.bind(11,
					texts(contributions.stream().map((c) -> c.effectiveAt().truncatedTo(ChronoUnit.MICROS).toString())))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static CopyRows contributionRows(List<PersonContributions.Contribution> contributions) {
		CopyRows rows = CopyRows.into("quarantine_person_changes", "person_id", "region", "category", "mode",
				"observation_ends_on", "isolated", "suspected", "confirmed", "transferred", "released", "last_fever_at",
				"effective_at");
		for (PersonContributions.Contribution contribution : contributions) {
			personRow(rows, contribution.change()).timestamp(contribution.effectiveAt().truncatedTo(ChronoUnit.MICROS));
		}
		return rows;
	}

	/**
	 * Merges a batch's changes as {@link #merge} does, where nobody reads the regions
	 * back; in a build, the persons it has not written yet are copied in.
	 * @param changes at most one per person
	 * @return completion
	 */
	Mono<Void> mergeUnread(List<PersonChange> changes) {
		return this.copying.copyNewOrElse("quarantine_persons", changes, PersonChange::personId, (fresh) -> {
			CopyRows rows = CopyRows.into("quarantine_persons", PERSON_COLUMNS);
			fresh.forEach((change) -> personRow(rows, change));
			return rows;
		}, (rows) -> merge(rows).then());
	}

	/** A person's columns of {@link #MERGE}, in its order. */
	private static CopyRows personRow(CopyRows rows, PersonChange change) {
		return rows.row()
			.uuid(change.personId())
			.text(change.region())
			.text((change.category() != null) ? change.category().name() : null)
			.text((change.mode() != null) ? change.mode().name() : null)
			.date(change.observationEndsOn())
			.bool(change.isolated())
			.bool(change.suspected())
			.bool(change.confirmed())
			.bool(change.transferred())
			.bool(change.released())
			.timestamp(change.lastFeverAt());
	}

	private static GenericExecuteSpec bindChanges(GenericExecuteSpec spec, List<PersonChange> changes) {
		return spec.bind(0, texts(changes.stream().map((c) -> c.personId().toString())))
			.bind(1, texts(changes.stream().map(PersonChange::region)))
			.bind(2, texts(changes.stream().map((c) -> (c.category() != null) ? c.category().name() : null)))
			.bind(3, texts(changes.stream().map((c) -> (c.mode() != null) ? c.mode().name() : null)))
			.bind(4, texts(changes.stream()
				.map((c) -> (c.observationEndsOn() != null) ? c.observationEndsOn().toString() : null)))
			.bind(5, changes.stream().map(PersonChange::isolated).toArray(Boolean[]::new))
			.bind(6, changes.stream().map(PersonChange::suspected).toArray(Boolean[]::new))
			.bind(7, changes.stream().map(PersonChange::confirmed).toArray(Boolean[]::new))
			.bind(8, changes.stream().map(PersonChange::transferred).toArray(Boolean[]::new))
			.bind(9, changes.stream().map(PersonChange::released).toArray(Boolean[]::new))
			.bind(10,
					texts(changes.stream().map((c) -> (c.lastFeverAt() != null) ? c.lastFeverAt().toString() : null)));
	}

	/**
	 * @param moment when the summary is read
	 * @param region only persons of this region, or null for every person
	 * @return the persons grouped by everything the summary counts by
	 */
	Flux<PersonGroup> groups(Moment moment, String region) {
		GenericExecuteSpec select = this.database.sql(GROUPS).bind(0, moment.today()).bind(1, moment.feverSince());
		select = (region != null) ? select.bind(2, region) : select.bindNull(2, String.class);
		return select.map(QuarantineViews::readGroup).all();
	}

	/**
	 * @param asOf the instant: only the events whose time is at or before it count
	 * @param moment the same instant, for the two time-dependent conditions
	 * @param region only persons of this region, or null for every person
	 * @return the persons as they stood at the instant, grouped as {@link #groups}
	 */
	Flux<PersonGroup> groups(Instant asOf, Moment moment, String region) {
		GenericExecuteSpec select = this.database.sql(GROUPS_AS_OF)
			.bind(0, moment.today())
			.bind(1, moment.feverSince());
		select = (region != null) ? select.bind(2, region) : select.bindNull(2, String.class);
		return select.bind(3, asOf.truncatedTo(ChronoUnit.MICROS).toString()).map(QuarantineViews::readGroup).all();
	}

	private static PersonGroup readGroup(Readable row) {
		String category = row.get("category", String.class);
		String mode = row.get("mode", String.class);
		return new PersonGroup(row.get("region", String.class),
				(category != null) ? PersonCategory.valueOf(category) : null,
				(mode != null) ? IsolationMode.valueOf(mode) : null, flag(row, "isolated"), flag(row, "suspected"),
				flag(row, "confirmed"), flag(row, "transferred"), flag(row, "released"),
				flag(row, "observation_complete"), flag(row, "recent_fever"), row.get("persons", Long.class));
	}

	private static boolean flag(Readable row, String column) {
		return Boolean.TRUE.equals(row.get(column, Boolean.class));
	}

	private static String[] texts(Stream<String> values) {
		return values.toArray(String[]::new);
	}

}
