package org.cordon.reporting.checkpoints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.reporting.checkpoints.domain.CheckpointDay;
import org.cordon.reporting.checkpoints.domain.CheckpointInfo;
import org.cordon.reporting.checkpoints.domain.Contribution;
import org.cordon.reporting.checkpoints.domain.SummaryQuery;
import org.cordon.reporting.checkpoints.domain.Totals;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;

/**
 * The tables of the checkpoint views. Writes take whole batches as arrays, so that a
 * batch of any size costs one statement per table.
 */
@Repository
public class CheckpointViews {

	/** The nine figures' columns, in the order of {@link Totals#figures()}. */
	private static final List<String> FIGURES = List.of("vehicles_inspected", "vehicles_inbound",
			"vehicles_turned_back", "persons_checked", "persons_inbound", "persons_turned_back", "trains",
			"train_passengers_arrived", "fever_detected");

	private static final String FIGURE_COLUMNS = String.join(", ", FIGURES);

	private static final String ADD_ROWS = "insert into checkpoint_days as t (checkpoint_id, day, " + FIGURE_COLUMNS
			+ ")\n select * from unnest($1::uuid[], $2::date[], "
			+ IntStream.range(0, FIGURES.size())
				.mapToObj((i) -> "$" + (i + 3) + "::bigint[]")
				.collect(Collectors.joining(", "))
			+ ")\n on conflict (checkpoint_id, day) do update set "
			+ FIGURES.stream().map((c) -> c + " = t." + c + " + excluded." + c).collect(Collectors.joining(", "));

	private static final String ADD = ADD_ROWS + "\n returning checkpoint_id, day, " + FIGURE_COLUMNS;

	private static final String CONTRIBUTE = "insert into checkpoint_contributions as t (checkpoint_id, day, effective_at, "
			+ FIGURE_COLUMNS + ")\n select * from unnest($1::uuid[], $2::date[], $3::timestamptz[], "
			+ IntStream.range(0, FIGURES.size())
				.mapToObj((i) -> "$" + (i + 4) + "::bigint[]")
				.collect(Collectors.joining(", "))
			+ ")\n on conflict (checkpoint_id, day, effective_at) do update set "
			+ FIGURES.stream().map((c) -> c + " = t." + c + " + excluded." + c).collect(Collectors.joining(", "));

	/** A checkpoint registered again keeps the instant it was first registered. */
	private static final String REGISTER = """
			insert into checkpoints (checkpoint_id, name, region, kind, registered_at)
			select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
			on conflict (checkpoint_id) do update
			set name = excluded.name, region = excluded.region, kind = excluded.kind,
			registered_at = least(checkpoints.registered_at, excluded.registered_at)""";

	private static final String SELECTED_CHECKPOINTS_AS_OF = """
			select checkpoint_id, name, region from checkpoints
			where ($1::text is null or region = $1) and ($2::uuid is null or checkpoint_id = $2::uuid)
			and registered_at <= $3::timestamptz""";

	/**
	 * The contributions up to the instant, summed per checkpoint and day; a checkpoint
	 * registered after the instant was not known then, as if its registration had not
	 * been seen yet.
	 */
	private static final String SELECTED_DAYS_AS_OF = "select d.checkpoint_id, d.day, "
			+ FIGURES.stream().map((c) -> "sum(d." + c + ")::bigint as " + c).collect(Collectors.joining(", ")) + """

					from checkpoint_contributions d
					left join checkpoints c on c.checkpoint_id = d.checkpoint_id and c.registered_at <= $5::timestamptz
					where d.day between $1 and $2 and d.effective_at <= $5::timestamptz
					and ($3::text is null or c.region = $3) and ($4::uuid is null or d.checkpoint_id = $4::uuid)
					group by d.checkpoint_id, d.day""";

	private static final String SELECTED_CHECKPOINTS = """
			select checkpoint_id, name, region from checkpoints
			where ($1::text is null or region = $1) and ($2::uuid is null or checkpoint_id = $2::uuid)""";

	private static final String SELECTED_DAYS = "select d.checkpoint_id, d.day, "
			+ FIGURES.stream().map((c) -> "d." + c).collect(Collectors.joining(", ")) + """

					from checkpoint_days d left join checkpoints c on c.checkpoint_id = d.checkpoint_id
					where d.day between $1 and $2
					and ($3::text is null or c.region = $3) and ($4::uuid is null or d.checkpoint_id = $4::uuid)""";

	private static final String[] CONTRIBUTION_COLUMNS = Stream
		.concat(Stream.of("checkpoint_id", "day", "effective_at"), FIGURES.stream())
		.toArray(String[]::new);

	private final DatabaseClient database;

	private final CopyingIn copying;

	CheckpointViews(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Records registrations; a checkpoint registered again takes the later name and
	 * region, and keeps the instant it was first registered. Call inside the batch's
	 * transaction.
	 * @param registrations at most one per checkpoint
	 * @param registeredAt the earliest {@code ce_time} of each checkpoint's registrations
	 * @return completion
	 */
	public Mono<Void> register(List<CheckpointRegistered> registrations, Map<UUID, Instant> registeredAt) {
		if (registrations.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(REGISTER)
			.bind(0, registrations.stream().map((r) -> r.checkpointId().toString()).toArray(String[]::new))
			.bind(1, registrations.stream().map(CheckpointRegistered::name).toArray(String[]::new))
			.bind(2, registrations.stream().map(CheckpointRegistered::region).toArray(String[]::new))
			.bind(3, registrations.stream().map((r) -> r.kind().name()).toArray(String[]::new))
			.bind(4, registrations.stream()
				.map((r) -> stored(registeredAt.get(r.checkpointId())))
				.toArray(String[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Adds deltas to the totals of their checkpoint and day. Call inside the batch's
	 * transaction.
	 * @param deltas at most one per checkpoint and day
	 * @return the totals of each changed checkpoint and day after the change
	 */
	public Flux<CheckpointDay> add(List<CheckpointDay> deltas) {
		if (deltas.isEmpty()) {
			return Flux.empty();
		}
		return bindDeltas(this.database.sql(ADD), deltas).map(CheckpointViews::readDay).all();
	}

	/**
	 * Adds deltas as {@link #add} does, where nobody reads the totals after the change.
	 * @param deltas at most one per checkpoint and day
	 * @return completion
	 */
	public Mono<Void> addUnread(List<CheckpointDay> deltas) {
		if (deltas.isEmpty()) {
			return Mono.empty();
		}
		return bindDeltas(this.database.sql(ADD_ROWS), deltas).fetch().rowsUpdated().then();
	}

	private static GenericExecuteSpec bindDeltas(GenericExecuteSpec add, List<CheckpointDay> deltas) {
		add = add.bind(0, deltas.stream().map((d) -> d.checkpointId().toString()).toArray(String[]::new))
			.bind(1, deltas.stream().map((d) -> d.day().toString()).toArray(String[]::new));
		for (int figure = 0; figure < FIGURES.size(); figure++) {
			int index = figure;
			add = add.bind(figure + 2, deltas.stream().map((d) -> d.totals().figures()[index]).toArray(Long[]::new));
		}
		return add;
	}

	/**
	 * Records what reports added to their checkpoint's day and when they took effect, for
	 * the totals as of an instant. Call inside the batch's transaction.
	 * @param contributions at most one per checkpoint, day and instant
	 * @return completion
	 */
	public Mono<Void> contribute(List<Contribution> contributions) {
		if (contributions.isEmpty()) {
			return Mono.empty();
		}
		// a build's rows are copied in (CopyingIn)
		return this.copying.copyOrElse(() -> contributionRows(contributions), () -> upsert(contributions));
	}

	private Mono<Void> upsert(List<Contribution> contributions) {
		GenericExecuteSpec insert = this.database.sql(CONTRIBUTE)
			.bind(0, contributions.stream().map((c) -> c.checkpointId().toString()).toArray(String[]::new))
			.bind(1, contributions.stream().map((c) -> c.day().toString()).toArray(String[]::new))
			.bind(2, contributions.stream().map((c) -> stored(c.effectiveAt())).toArray(String[]::new));
		for (int figure = 0; figure < FIGURES.size(); figure++) {
			int index = figure;
			insert = insert.bind(figure + 3,
					contributions.stream().map((c) -> c.delta().figures()[index]).toArray(Long[]::new));
		}
		return insert.fetch().rowsUpdated().then();
	}

	private static CopyRows contributionRows(List<Contribution> contributions) {
		CopyRows rows = CopyRows.into("checkpoint_contributions", CONTRIBUTION_COLUMNS);
		for (Contribution contribution : contributions) {
			rows.row()
				.uuid(contribution.checkpointId())
				.date(contribution.day())
				.timestamp(contribution.effectiveAt().truncatedTo(ChronoUnit.MICROS));
			for (long figure : contribution.delta().figures()) {
				rows.int8(figure);
			}
		}
		return rows;
	}

	Flux<CheckpointInfo> checkpoints(SummaryQuery query) {
		boolean asOf = query.asOf() != null;
		GenericExecuteSpec select = this.database.sql(asOf ? SELECTED_CHECKPOINTS_AS_OF : SELECTED_CHECKPOINTS);
		select = bindText(select, 0, query.region());
		select = bindText(select, 1, (query.checkpointId() != null) ? query.checkpointId().toString() : null);
		if (asOf) {
			select = select.bind(2, stored(query.asOf()));
		}
		return select
			.map((row) -> new CheckpointInfo(row.get("checkpoint_id", UUID.class), row.get("name", String.class),
					row.get("region", String.class)))
			.all();
	}

	Flux<CheckpointDay> days(SummaryQuery query) {
		boolean asOf = query.asOf() != null;
		GenericExecuteSpec select = this.database.sql(asOf ? SELECTED_DAYS_AS_OF : SELECTED_DAYS)
			.bind(0, query.from())
			.bind(1, query.to());
		select = bindText(select, 2, query.region());
		select = bindText(select, 3, (query.checkpointId() != null) ? query.checkpointId().toString() : null);
		if (asOf) {
			select = select.bind(4, stored(query.asOf()));
		}
		return select.map(CheckpointViews::readDay).all();
	}

	/**
	 * An instant as the database keeps it: to the microsecond, cut rather than rounded,
	 * so that events and the instants asked for are compared at the same precision.
	 */
	private static String stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).toString();
	}

	private static GenericExecuteSpec bindText(GenericExecuteSpec spec, int index, String value) {
		return (value != null) ? spec.bind(index, value) : spec.bindNull(index, String.class);
	}

	private static CheckpointDay readDay(Readable row) {
		long[] figures = new long[FIGURES.size()];
		Arrays.setAll(figures, (i) -> row.get(FIGURES.get(i), Long.class));
		return new CheckpointDay(row.get("checkpoint_id", UUID.class), row.get("day", LocalDate.class),
				Totals.ofFigures(figures));
	}

}
