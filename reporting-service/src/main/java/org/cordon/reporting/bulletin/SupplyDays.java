package org.cordon.reporting.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.DonationDay;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.ItemDay;
import org.cordon.reporting.bulletin.domain.SupplyDayChanges.PriceDay;
import org.cordon.reporting.supplies.domain.ItemStock;

import static org.cordon.reporting.bulletin.Days.days;
import static org.cordon.reporting.bulletin.Days.texts;

/**
 * The bulletin's supply tables: quantities per item and day, donations per kind and day,
 * prices per commodity and day of observation. A batch of any size is written in three
 * statements, its rows in key order so that two batches writing the same rows (donations
 * of one kind and day arrive on every partition) lock them in the same order. An item's
 * name, unit and threshold are read from the stock view, which keeps its latest
 * definition.
 */
@Repository
class SupplyDays {

	private static final String ADD_ITEMS = """
			insert into bulletin_supply_days as t (sku, day, ordered, received, issued)
			select * from unnest($1::text[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[]) order by 1, 2
			on conflict (sku, day) do update set
			  ordered = t.ordered + excluded.ordered,
			  received = t.received + excluded.received,
			  issued = t.issued + excluded.issued""";

	private static final String ADD_DONATIONS = """
			insert into bulletin_donation_days as t (kind, day, total_yuan, donations)
			select * from unnest($1::text[], $2::date[], $3::numeric[], $4::bigint[]) order by 1, 2
			on conflict (kind, day) do update set
			  total_yuan = t.total_yuan + excluded.total_yuan,
			  donations = t.donations + excluded.donations""";

	/**
	 * Of one day, the first price told stays the first, the latest replaces the latest.
	 */
	private static final String MERGE_PRICES = """
			insert into bulletin_price_days as t (commodity, observed_on, unit, first_price_yuan, latest_price_yuan)
			select * from unnest($1::text[], $2::date[], $3::text[], $4::numeric[], $5::numeric[]) order by 1, 2
			on conflict (commodity, observed_on) do update set
			  unit = excluded.unit, latest_price_yuan = excluded.latest_price_yuan""";

	private static final String STOCK = """
			select d.sku, i.name, i.unit, i.low_stock_threshold,
			  sum(d.ordered)::bigint as ordered, sum(d.received)::bigint as received, sum(d.issued)::bigint as issued,
			  coalesce(sum(d.ordered) filter (where d.day = $1), 0)::bigint as ordered_on_the_day,
			  coalesce(sum(d.received) filter (where d.day = $1), 0)::bigint as received_on_the_day,
			  coalesce(sum(d.issued) filter (where d.day = $1), 0)::bigint as issued_on_the_day
			from bulletin_supply_days d left join supply_items i on i.sku = d.sku
			where d.day <= $1
			group by d.sku, i.name, i.unit, i.low_stock_threshold
			order by d.sku""";

	private static final String DONATIONS = """
			select kind, sum(total_yuan) as total_yuan, sum(donations)::bigint as donations,
			  coalesce(sum(total_yuan) filter (where day = $1), 0) as on_the_day_yuan,
			  coalesce(sum(donations) filter (where day = $1), 0)::bigint as on_the_day
			from bulletin_donation_days where day <= $1 group by kind""";

	/** The latest day's latest price by the date against the earliest day's first. */
	private static final String PRICES = """
			select commodity,
			  (array_agg(unit order by observed_on desc))[1] as unit,
			  (array_agg(latest_price_yuan order by observed_on desc))[1] as latest_price_yuan,
			  max(observed_on) as latest_observed_on,
			  (array_agg(first_price_yuan order by observed_on))[1] as baseline_price_yuan,
			  min(observed_on) as baseline_observed_on
			from bulletin_price_days where observed_on <= $1
			group by commodity order by commodity""";

	private final DatabaseClient database;

	SupplyDays(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Adds a batch's rows; call inside the batch's transaction.
	 * @param items at most one per item and day
	 * @param donations at most one per kind and day
	 * @param prices at most one per commodity and day of observation
	 * @return completion
	 */
	Mono<Void> add(List<ItemDay> items, List<DonationDay> donations, List<PriceDay> prices) {
		Mono<Void> addItems = items.isEmpty() ? Mono.empty()
				: this.database.sql(ADD_ITEMS)
					.bind(0, texts(items, ItemDay::sku))
					.bind(1, days(items, ItemDay::day))
					.bind(2, items.stream().map(ItemDay::ordered).toArray(Long[]::new))
					.bind(3, items.stream().map(ItemDay::received).toArray(Long[]::new))
					.bind(4, items.stream().map(ItemDay::issued).toArray(Long[]::new))
					.fetch()
					.rowsUpdated()
					.then();
		Mono<Void> addDonations = donations.isEmpty() ? Mono.empty()
				: this.database.sql(ADD_DONATIONS)
					.bind(0, texts(donations, DonationDay::kind))
					.bind(1, days(donations, DonationDay::day))
					.bind(2, donations.stream().map(DonationDay::totalYuan).toArray(BigDecimal[]::new))
					.bind(3, donations.stream().map(DonationDay::donations).toArray(Long[]::new))
					.fetch()
					.rowsUpdated()
					.then();
		Mono<Void> mergePrices = prices.isEmpty() ? Mono.empty()
				: this.database.sql(MERGE_PRICES)
					.bind(0, texts(prices, PriceDay::commodity))
					.bind(1, days(prices, PriceDay::observedOn))
					.bind(2, texts(prices, PriceDay::unit))
					.bind(3, prices.stream().map(PriceDay::firstPriceYuan).toArray(BigDecimal[]::new))
					.bind(4, prices.stream().map(PriceDay::latestPriceYuan).toArray(BigDecimal[]::new))
					.fetch()
					.rowsUpdated()
					.then();
		return addItems.then(addDonations).then(mergePrices);
	}

	/**
	 * @param date the bulletin's day
	 * @return each item moved by the day, by sku
	 */
	Flux<Bulletin.SupplyLine> stock(LocalDate date) {
		return this.database.sql(STOCK)
			.bind(0, date)
			.map((row) -> Bulletin.SupplyLine.of(
					new ItemStock(row.get("sku", String.class), row.get("name", String.class),
							row.get("unit", String.class), row.get("low_stock_threshold", Integer.class),
							row.get("ordered", Long.class), row.get("received", Long.class),
							row.get("issued", Long.class)),
					row.get("ordered_on_the_day", Long.class), row.get("received_on_the_day", Long.class),
					row.get("issued_on_the_day", Long.class)))
			.all();
	}

	/**
	 * @param date the bulletin's day
	 * @return the kinds with a donation by the day
	 */
	Flux<Bulletin.DonationLine> donations(LocalDate date) {
		return this.database.sql(DONATIONS)
			.bind(0, date)
			.map((row) -> new Bulletin.DonationLine(DonationKind.valueOf(row.get("kind", String.class)),
					row.get("total_yuan", BigDecimal.class), row.get("donations", Long.class),
					row.get("on_the_day_yuan", BigDecimal.class), row.get("on_the_day", Long.class)))
			.all();
	}

	/**
	 * @param date the bulletin's day
	 * @return each commodity observed by the day, by name
	 */
	Flux<Bulletin.PriceChange> prices(LocalDate date) {
		return this.database.sql(PRICES)
			.bind(0, date)
			.map((row) -> new Bulletin.PriceChange(row.get("commodity", String.class), row.get("unit", String.class),
					row.get("latest_price_yuan", BigDecimal.class), row.get("latest_observed_on", LocalDate.class),
					row.get("baseline_price_yuan", BigDecimal.class), row.get("baseline_observed_on", LocalDate.class)))
			.all();
	}

}
