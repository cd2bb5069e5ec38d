package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.checkpoints.domain.Totals;
import org.cordon.reporting.supplies.domain.ItemStock;
import org.cordon.reporting.supplies.domain.PercentChange;

/**
 * The daily bulletin ("信息快报") of one business day: everything it prints, counted at the
 * end of that day. Counts and sums only, never anything about a person.
 *
 * @param date the day
 * @param checkpoints the checkpoints' figures of the day and running totals
 * @param checkpointsOnTheDay each checkpoint's figures of the day, by region and name
 * @param census the quarantine census
 * @param stock each item moved by the day
 * @param donations each kind of donation, every kind listed
 * @param prices each commodity observed by the day
 * @param issues the inspection ledger
 * @param accountability the accountability actions taken by the day
 */
public record Bulletin(LocalDate date, RunningTotals checkpoints, List<CheckpointLine> checkpointsOnTheDay,
		Census census, List<SupplyLine> stock, List<DonationLine> donations, List<PriceChange> prices,
		IssueTally issues, Accountability accountability) {

	/**
	 * One checkpoint's figures of the day.
	 *
	 * @param region its region, or null when its registration was not seen
	 * @param name its name, or null likewise
	 * @param totals its nine figures of the day
	 */
	public record CheckpointLine(String region, String name, Totals totals) {

	}

	/**
	 * One item's movements by the end of the day, summed over every warehouse.
	 *
	 * @param sku the item
	 * @param name its name, or null while its definition was not seen
	 * @param unit what it is counted in, or null likewise
	 * @param ordered ordered by the day
	 * @param received received by the day
	 * @param issued issued by the day
	 * @param onHand received minus issued
	 * @param lowStock on hand below the item's threshold
	 * @param orderedOnTheDay ordered on the day
	 * @param receivedOnTheDay received on the day
	 * @param issuedOnTheDay issued on the day
	 */
	public record SupplyLine(String sku, String name, String unit, long ordered, long received, long issued,
			long onHand, boolean lowStock, long orderedOnTheDay, long receivedOnTheDay, long issuedOnTheDay) {

		/**
		 * @param stock the item's definition (its latest) and its quantities by the day
		 * @param orderedOnTheDay ordered on the day
		 * @param receivedOnTheDay received on the day
		 * @param issuedOnTheDay issued on the day
		 * @return the line, on hand and low stock by the stock view's own rule
		 */
		public static SupplyLine of(ItemStock stock, long orderedOnTheDay, long receivedOnTheDay, long issuedOnTheDay) {
			return new SupplyLine(stock.sku(), stock.name(), stock.unit(), stock.ordered(), stock.received(),
					stock.issued(), stock.onHand(), stock.lowStock(), orderedOnTheDay, receivedOnTheDay,
					issuedOnTheDay);
		}

	}

	/**
	 * The donations of one kind by the end of the day and on it, exact.
	 *
	 * @param kind cash, medical or other
	 * @param totalYuan their sum by the day
	 * @param donations how many by the day
	 * @param onTheDayYuan their sum on the day
	 * @param onTheDay how many on the day
	 */
	public record DonationLine(DonationKind kind, BigDecimal totalYuan, long donations, BigDecimal onTheDayYuan,
			long onTheDay) {

		public static DonationLine none(DonationKind kind) {
			return new DonationLine(kind, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);
		}

	}

	/**
	 * A commodity's latest price by the day against its baseline (its earliest observed).
	 *
	 * @param commodity what was priced
	 * @param unit the unit of the latest observation
	 * @param latestPriceYuan the price of the latest day observed by the day
	 * @param latestObservedOn that day
	 * @param baselinePriceYuan the first price of the earliest day observed
	 * @param baselineObservedOn that day
	 */
	public record PriceChange(String commodity, String unit, BigDecimal latestPriceYuan, LocalDate latestObservedOn,
			BigDecimal baselinePriceYuan, LocalDate baselineObservedOn) {

		/**
		 * @return the change in percent of the baseline, one decimal place, as the price
		 * view writes it
		 */
		public String changePercent() {
			return PercentChange.text(this.baselinePriceYuan, this.latestPriceYuan);
		}

	}

	/**
	 * The accountability actions taken by the end of the day, for the city and by the
	 * region of the issue each answers (an action that answers none counts for the city
	 * only).
	 */
	public static final class Accountability {

		private final Map<AccountabilityKind, Long> city = kinds();

		private final Map<String, Map<AccountabilityKind, Long>> regions = new TreeMap<>();

		/**
		 * @param rows the actions counted by region (null for none) and kind
		 * @return the tally
		 */
		public static Accountability of(List<ActionCount> rows) {
			Accountability accountability = new Accountability();
			for (ActionCount row : rows) {
				accountability.city.merge(row.kind(), row.actions(), Long::sum);
				if (row.region() != null) {
					accountability.regions.computeIfAbsent(row.region(), (region) -> kinds())
						.merge(row.kind(), row.actions(), Long::sum);
				}
			}
			return accountability;
		}

		/**
		 * @return the city's actions, every kind listed
		 */
		public Map<AccountabilityKind, Long> city() {
			return Collections.unmodifiableMap(this.city);
		}

		/**
		 * @param region a region
		 * @return its actions, every kind listed
		 */
		public Map<AccountabilityKind, Long> of(String region) {
			return Collections.unmodifiableMap(this.regions.getOrDefault(region, kinds()));
		}

		private static Map<AccountabilityKind, Long> kinds() {
			Map<AccountabilityKind, Long> kinds = new EnumMap<>(AccountabilityKind.class);
			for (AccountabilityKind kind : AccountabilityKind.values()) {
				kinds.put(kind, 0L);
			}
			return kinds;
		}

	}

	/**
	 * Actions of one kind on the issues of one region.
	 *
	 * @param region the region of their issues, or null for actions of no known issue
	 * @param kind how officials were held to account
	 * @param actions how many
	 */
	public record ActionCount(String region, AccountabilityKind kind, long actions) {

	}

}
