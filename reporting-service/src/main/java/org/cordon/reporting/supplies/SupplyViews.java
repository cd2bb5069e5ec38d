package org.cordon.reporting.supplies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.consuming.CopyRows;
import org.cordon.reporting.consuming.CopyingIn;
import org.cordon.reporting.supplies.domain.CommodityPrices;
import org.cordon.reporting.supplies.domain.DonationContributions;
import org.cordon.reporting.supplies.domain.ItemStock;
import org.cordon.reporting.supplies.domain.PriceContributions;
import org.cordon.reporting.supplies.domain.StockContributions;

/**
 * The tables of the supply views. Writes take whole batches as arrays, so that a batch of
 * any size costs one statement per table.
 */
@Repository
class SupplyViews {

	private static final String ITEM_COLUMNS = "sku, name, unit, low_stock_threshold, ordered, received, issued";

	private static final String ADD_TO_ITEMS = """
			insert into supply_items as t (%1$s)
			select * from unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[],
			  $7::bigint[])
			on conflict (sku) do update set
			  name = coalesce(excluded.name, t.name),
			  unit = coalesce(excluded.unit, t.unit),
			  low_stock_threshold = coalesce(excluded.low_stock_threshold, t.low_stock_threshold),
			  ordered = t.ordered + excluded.ordered,
			  received = t.received + excluded.received,
			  issued = t.issued + excluded.issued
			returning %1$s""".formatted(ITEM_COLUMNS);

	private static final String ADD_TO_DONATIONS = """
			insert into supply_donations as t (kind, total_yuan, donations)
			select * from unnest($1::text[], $2::numeric[], $3::bigint[])
			on conflict (kind) do update set
			  total_yuan = t.total_yuan + excluded.total_yuan,
			  donations = t.donations + excluded.donations""";

	private static final String ADD_STOCK_CONTRIBUTIONS = """
			insert into supply_item_contributions as t (sku, effective_at, name, unit, low_stock_threshold,
			  ordered, received, issued)
			select * from unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::integer[],
			  $6::bigint[], $7::bigint[], $8::bigint[])
			on conflict (sku, effective_at) do update set
			  name = coalesce(excluded.name, t.name),
			  unit = coalesce(excluded.unit, t.unit),
			  low_stock_threshold = coalesce(excluded.low_stock_threshold, t.low_stock_threshold),
			  ordered = t.ordered + excluded.ordered,
			  received = t.received + excluded.received,
			  issued = t.issued + excluded.issued""";

	/**
	 * The quantities summed up to the instant, and the latest definition told by then.
	 */
	private static final String ITEMS_AS_OF = """
			select sku,
			  (array_agg(name order by effective_at desc) filter (where name is not null))[1] as name,
			  (array_agg(unit order by effective_at desc) filter (where unit is not null))[1] as unit,
			  (array_agg(low_stock_threshold order by effective_at desc)
			    filter (where low_stock_threshold is not null))[1] as low_stock_threshold,
			  sum(ordered)::bigint as ordered, sum(received)::bigint as received, sum(issued)::bigint as issued
			from supply_item_contributions
			where effective_at <= $1::timestamptz
			group by sku""";

	private static final String ADD_PRICE_CONTRIBUTIONS = """
			insert into supply_price_contributions as t (commodity, effective_at, unit, latest_price_yuan,
			  latest_observed_on, baseline_price_yuan, baseline_observed_on)
			select * from unnest($1::text[], $2::timestamptz[], $3::text[], $4::numeric[], $5::date[],
			  $6::numeric[], $7::date[])
			on conflict (commodity, effective_at) do update set
			  unit = case when excluded.latest_observed_on >= t.latest_observed_on
			    then excluded.unit else t.unit end,
			  latest_price_yuan = case when excluded.latest_observed_on >= t.latest_observed_on
			    then excluded.latest_price_yuan else t.latest_price_yuan end,
			  latest_observed_on = greatest(t.latest_observed_on, excluded.latest_observed_on),
			  baseline_price_yuan = case when excluded.baseline_observed_on < t.baseline_observed_on
			    then excluded.baseline_price_yuan else t.baseline_price_yuan end,
			  baseline_observed_on = least(t.baseline_observed_on, excluded.baseline_observed_on)""";

	/**
	 * {@link CommodityPrices#followedBy} over the contributions up to the instant, in the
	 * order of their instants: the latest day's price, of one day the later; the earliest
	 * day's, of one day the first.
	 */
	private static final String PRICES_AS_OF = """
			select commodity,
			  (array_agg(unit order by latest_observed_on desc, effective_at desc))[1] as unit,
			  (array_agg(latest_price_yuan order by latest_observed_on desc, effective_at desc))[1]
			    as latest_price_yuan,
			  max(latest_observed_on) as latest_observed_on,
			  (array_agg(baseline_price_yuan order by baseline_observed_on, effective_at))[1] as baseline_price_yuan,
			  min(baseline_observed_on) as baseline_observed_on
			from supply_price_contributions
			where effective_at <= $1::timestamptz
			group by commodity""";

	private static final String ADD_DONATION_CONTRIBUTIONS = """
			insert into supply_donation_contributions as t (kind, effective_at, total_yuan, donations)
			select * from unnest($1::text[], $2::timestamptz[], $3::numeric[], $4::bigint[])
			on conflict (kind, effective_at) do update set
			  total_yuan = t.total_yuan + excluded.total_yuan,
			  donations = t.donations + excluded.donations""";

	private static final String DONATIONS_AS_OF = """
			select kind, sum(total_yuan) as total_yuan from supply_donation_contributions
			where effective_at <= $1::timestamptz group by kind""";

	private static final String PRICE_COLUMNS = "commodity, unit, latest_price_yuan, latest_observed_on, "
			+ "baseline_price_yuan, baseline_observed_on";

	/**
	 * {@link CommodityPrices#followedBy} in SQL: the batch's prices arrived after the
	 * stored ones.
	 */
	private static final String MERGE_PRICES = """
			insert into supply_prices as t (%1$s)
			select * from unnest($1::text[], $2::text[], $3::numeric[], $4::date[], $5::numeric[], $6::date[])
			on conflict (commodity) do update set
			  unit = case when excluded.latest_observed_on >= t.latest_observed_on
			    then excluded.unit else t.unit end,
			  latest_price_yuan = case when excluded.latest_observed_on >= t.latest_observed_on
			    then excluded.latest_price_yuan else t.latest_price_yuan end,
			  latest_observed_on = greatest(t.latest_observed_on, excluded.latest_observed_on),
			  baseline_price_yuan = case when excluded.baseline_observed_on < t.baseline_observed_on
			    then excluded.baseline_price_yuan else t.baseline_price_yuan end,
			  baseline_observed_on = least(t.baseline_observed_on, excluded.baseline_observed_on)
			returning %1$s""".formatted(PRICE_COLUMNS);

	private final DatabaseClient database;

	private final CopyingIn copying;

	SupplyViews(DatabaseClient database, CopyingIn copying) {
		this.database = database;
		this.copying = copying;
	}

	/**
	 * Records definitions and adds quantities; call inside the batch's transaction.
	 * @param changes at most one per item: the definition seen last (null fields when
	 * none) and the quantities to add
	 * @return each changed item's row after the change
	 */
	Flux<ItemStock> addToItems(List<ItemStock> changes) {
		if (changes.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(ADD_TO_ITEMS)
			.bind(0, changes.stream().map(ItemStock::sku).toArray(String[]::new))
			.bind(1, changes.stream().map(ItemStock::name).toArray(String[]::new))
			.bind(2, changes.stream().map(ItemStock::unit).toArray(String[]::new))
			.bind(3, changes.stream().map(ItemStock::lowStockThreshold).toArray(Integer[]::new))
			.bind(4, changes.stream().map(ItemStock::ordered).toArray(Long[]::new))
			.bind(5, changes.stream().map(ItemStock::received).toArray(Long[]::new))
			.bind(6, changes.stream().map(ItemStock::issued).toArray(Long[]::new))
			.map(SupplyViews::readItem)
			.all();
	}

	/**
	 * Adds to the donation totals; call inside the batch's transaction.
	 * @param sums the exact sum to add per kind
	 * @param counts how many donations per kind
	 * @return completion
	 */
	Mono<Void> addToDonations(Map<DonationKind, BigDecimal> sums, Map<DonationKind, Long> counts) {
		if (sums.isEmpty()) {
			return Mono.empty();
		}
		List<DonationKind> kinds = List.copyOf(sums.keySet());
		return this.database.sql(ADD_TO_DONATIONS)
			.bind(0, kinds.stream().map(DonationKind::name).toArray(String[]::new))
			.bind(1, kinds.stream().map(sums::get).toArray(BigDecimal[]::new))
			.bind(2, kinds.stream().map((kind) -> counts.getOrDefault(kind, 0L)).toArray(Long[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Records what items' events told and added at each instant, for the stock as of an
	 * instant; call inside the batch's transaction.
	 * @param contributions at most one per item and instant
	 * @return completion
	 */
	Mono<Void> addStockContributions(List<StockContributions.Contribution> contributions) {
		if (contributions.isEmpty()) {
			return Mono.empty();
		}
		// a build's rows are copied in (CopyingIn)
		return this.copying.copyOrElse(() -> stockContributionRows(contributions),
				() -> upsertStockContributions(contributions));
	}

	private Mono<Void> upsertStockContributions(List<StockContributions.Contribution> contributions) {
		return this.database.sql(ADD_STOCK_CONTRIBUTIONS)
			.bind(0, contributions.stream().map((c) -> c.change().sku()).toArray(String[]::new))
			.bind(1, contributions.stream().map((c) -> stored(c.effectiveAt())).toArray(String[]::new))
			.bind(2, contributions.stream().map((c) -> c.change().name()).toArray(String[]::new))
			.bind(3, contributions.stream().map((c) -> c.change().unit()).toArray(String[]::new))
			.bind(4, contributions.stream().map((c) -> c.change().lowStockThreshold()).toArray(Integer[]::new))
			.bind(5, contributions.stream().map((c) -> c.change().ordered()).toArray(Long[]::new))
			.bind(6, contributions.stream().map((c) -> c.change().received()).toArray(Long[]::new))
			.bind(7, contributions.stream().map((c) -> c.change().issued()).toArray(Long[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static CopyRows stockContributionRows(List<StockContributions.Contribution> contributions) {
		CopyRows rows = CopyRows.into("supply_item_contributions", "sku", "effective_at", "name", "unit",
				"low_stock_threshold", "ordered", "received", "issued");
		for (StockContributions.Contribution contribution : contributions) {
			ItemStock change = contribution.change();
			rows.row()
				.text(change.sku())
				.timestamp(contribution.effectiveAt().truncatedTo(ChronoUnit.MICROS))
				.text(change.name())
				.text(change.unit())
				.int4(change.lowStockThreshold())
				.int8(change.ordered())
				.int8(change.received())
				.int8(change.issued());
		}
		return rows;
	}

	/**
	 * Records what prices were observed at each instant, for the prices as of an instant;
	 * call inside the batch's transaction.
	 * @param contributions at most one per commodity and instant
	 * @return completion
	 */
	Mono<Void> addPriceContributions(List<PriceContributions.Contribution> contributions) {
		if (contributions.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(ADD_PRICE_CONTRIBUTIONS)
			.bind(0, contributions.stream().map((c) -> c.prices().commodity()).toArray(String[]::new))
			.bind(1, contributions.stream().map((c) -> stored(c.effectiveAt())).toArray(String[]::new))
			.bind(2, contributions.stream().map((c) -> c.prices().unit()).toArray(String[]::new))
			.bind(3, contributions.stream().map((c) -> c.prices().latestPrice()).toArray(BigDecimal[]::new))
			.bind(4, contributions.stream().map((c) -> c.prices().latestObservedOn().toString()).toArray(String[]::new))
			.bind(5, contributions.stream().map((c) -> c.prices().baselinePrice()).toArray(BigDecimal[]::new))
			.bind(6, contributions.stream()
				.map((c) -> c.prices().baselineObservedOn().toString())
				.toArray(String[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Records what donations added to their kind's total and when they took effect, for
	 * the totals as of an instant; call inside the batch's transaction.
	 * @param contributions at most one per kind and instant
	 * @return completion
	 */
	Mono<Void> addDonationContributions(List<DonationContributions.Contribution> contributions) {
		if (contributions.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(ADD_DONATION_CONTRIBUTIONS)
			.bind(0, contributions.stream().map((c) -> c.kind().name()).toArray(String[]::new))
			.bind(1, contributions.stream().map((c) -> stored(c.effectiveAt())).toArray(String[]::new))
			.bind(2, contributions.stream().map(DonationContributions.Contribution::amount).toArray(BigDecimal[]::new))
			.bind(3, contributions.stream().map(DonationContributions.Contribution::donations).toArray(Long[]::new))
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Merges a batch's prices; call inside the batch's transaction.
	 * @param changes at most one per commodity
	 * @return each changed commodity's row after the change
	 */
	Flux<CommodityPrices> mergePrices(List<CommodityPrices> changes) {
		if (changes.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql(MERGE_PRICES)
			.bind(0, changes.stream().map(CommodityPrices::commodity).toArray(String[]::new))
			.bind(1, changes.stream().map(CommodityPrices::unit).toArray(String[]::new))
			.bind(2, changes.stream().map(CommodityPrices::latestPrice).toArray(BigDecimal[]::new))
			.bind(3, changes.stream().map((c) -> c.latestObservedOn().toString()).toArray(String[]::new))
			.bind(4, changes.stream().map(CommodityPrices::baselinePrice).toArray(BigDecimal[]::new))
			.bind(5, changes.stream().map((c) -> c.baselineObservedOn().toString()).toArray(String[]::new))
			.map(SupplyViews::readPrices)
			.all();
	}

	Flux<ItemStock> items() {
		return this.database.sql("select " + ITEM_COLUMNS + " from supply_items").map(SupplyViews::readItem).all();
	}

	/**
	 * @param asOf the instant
	 * @return every item some event had told of by then, as it stood then
	 */
	Flux<ItemStock> items(Instant asOf) {
		return this.database.sql(ITEMS_AS_OF).bind(0, stored(asOf)).map(SupplyViews::readItem).all();
	}

	/**
	 * @return the exact sum of each kind that has donations
	 */
	Mono<Map<DonationKind, BigDecimal>> donations() {
		return donations(this.database.sql("select kind, total_yuan from supply_donations"));
	}

	/**
	 * @param asOf the instant
	 * @return the exact sum of each kind that had donations by then
	 */
	Mono<Map<DonationKind, BigDecimal>> donations(Instant asOf) {
		return donations(this.database.sql(DONATIONS_AS_OF).bind(0, stored(asOf)));
	}

	private static Mono<Map<DonationKind, BigDecimal>> donations(GenericExecuteSpec select) {
		return select
			.map((row) -> Map.entry(DonationKind.valueOf(row.get("kind", String.class)),
					row.get("total_yuan", BigDecimal.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(DonationKind.class));
	}

	Flux<CommodityPrices> prices() {
		return this.database.sql("select " + PRICE_COLUMNS + " from supply_prices").map(SupplyViews::readPrices).all();
	}

	/**
	 * @param asOf the instant
	 * @return every commodity observed by then, with its prices then
	 */
	Flux<CommodityPrices> prices(Instant asOf) {
		return this.database.sql(PRICES_AS_OF).bind(0, stored(asOf)).map(SupplyViews::readPrices).all();
	}

	/**
	 * An instant as the database keeps it: to the microsecond, cut rather than rounded,
	 * so that events and the instants asked for are compared at the same precision.
	 */
	private static String stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).toString();
	}

	private static ItemStock readItem(Readable row) {
		return new ItemStock(row.get("sku", String.class), row.get("name", String.class), row.get("unit", String.class),
				row.get("low_stock_threshold", Integer.class), row.get("ordered", Long.class),
				row.get("received", Long.class), row.get("issued", Long.class));
	}

	private static CommodityPrices readPrices(Readable row) {
		return new CommodityPrices(row.get("commodity", String.class), row.get("unit", String.class),
				row.get("latest_price_yuan", BigDecimal.class), row.get("latest_observed_on", LocalDate.class),
				row.get("baseline_price_yuan", BigDecimal.class), row.get("baseline_observed_on", LocalDate.class));
	}

}
