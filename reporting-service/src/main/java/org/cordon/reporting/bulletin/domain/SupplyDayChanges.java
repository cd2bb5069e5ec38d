package org.cordon.reporting.bulletin.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;

/**
 * Folds a batch's supply events into one change per item and day (quantities ordered,
 * received and issued that day), per donation kind and day (the exact sum and how many),
 * and per commodity and day of observation (the first price told for the day and the
 * latest), so that each of the bulletin's supply tables is written with one statement
 * however many events the batch holds. Quantities and sums add up whatever the batches'
 * boundaries; of one day's prices the first stays first and the latest replaces the
 * latest, in the order a commodity's observations were published (they share a
 * partition).
 */
public final class SupplyDayChanges {

	private final ZoneId zone;

	private final Map<ItemDayKey, ItemDay> items = new LinkedHashMap<>();

	private final Map<DonationDayKey, DonationDay> donations = new LinkedHashMap<>();

	private final Map<PriceDayKey, PriceDay> prices = new LinkedHashMap<>();

	/**
	 * @param zone the platform's time zone, for events that carry no day
	 */
	public SupplyDayChanges(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Whether an event tells the bulletin anything: definitions are read from the stock
	 * view, and {@code StockLow} changes nothing.
	 * @param event a supply event
	 * @return true when it places a movement, a donation or a price on a day
	 */
	public static boolean matters(SupplyEvent event) {
		return event instanceof SupplyOrdered || event instanceof SupplyReceived || event instanceof SupplyIssued
				|| event instanceof DonationReceived || event instanceof PriceObserved;
	}

	/**
	 * @param event an event of the batch; one that does not matter is passed over
	 * @param time its {@code ce_time}, the day of which counts when it carries none
	 * @return this
	 */
	public SupplyDayChanges add(SupplyEvent event, Instant time) {
		if (event instanceof SupplyOrdered ordered) {
			item(ordered.sku(), BusinessDays.of(ordered.orderedOn(), time, this.zone), ordered.quantity(), 0, 0);
		}
		else if (event instanceof SupplyReceived received) {
			item(received.sku(), BusinessDays.of(received.receivedOn(), time, this.zone), 0, received.quantity(), 0);
		}
		else if (event instanceof SupplyIssued issued) {
			item(issued.sku(), BusinessDays.of(issued.issuedOn(), time, this.zone), 0, 0, issued.quantity());
		}
		else if (event instanceof DonationReceived donation) {
			LocalDate day = BusinessDays.of(donation.receivedOn(), time, this.zone);
			this.donations.merge(new DonationDayKey(donation.kind(), day),
					new DonationDay(donation.kind(), day, donation.amount(), 1), DonationDay::plus);
		}
		else if (event instanceof PriceObserved observation) {
			PriceDay price = new PriceDay(observation.commodity(), observation.observedOn(), observation.unit(),
					observation.price(), observation.price());
			this.prices.merge(new PriceDayKey(observation.commodity(), observation.observedOn()), price,
					PriceDay::followedBy);
		}
		return this;
	}

	private void item(String sku, LocalDate day, long ordered, long received, long issued) {
		this.items.merge(new ItemDayKey(sku, day), new ItemDay(sku, day, ordered, received, issued), ItemDay::plus);
	}

	/**
	 * @return what each item and day gained
	 */
	public List<ItemDay> items() {
		return List.copyOf(this.items.values());
	}

	/**
	 * @return what each donation kind and day gained
	 */
	public List<DonationDay> donations() {
		return List.copyOf(this.donations.values());
	}

	/**
	 * @return the first and latest price of each commodity and day of observation
	 */
	public List<PriceDay> prices() {
		return List.copyOf(this.prices.values());
	}

	/**
	 * Quantities of one item that moved on one day, summed over every warehouse.
	 *
	 * @param sku the item
	 * @param day the day they moved
	 * @param ordered quantities ordered
	 * @param received quantities received
	 * @param issued quantities issued
	 */
	public record ItemDay(String sku, LocalDate day, long ordered, long received, long issued) {

		ItemDay plus(ItemDay other) {
			return new ItemDay(this.sku, this.day, this.ordered + other.ordered, this.received + other.received,
					this.issued + other.issued);
		}

	}

	/**
	 * The donations of one kind received on one day.
	 *
	 * @param kind cash, medical or other
	 * @param day the day they were received
	 * @param totalYuan their exact sum in yuan
	 * @param donations how many
	 */
	public record DonationDay(DonationKind kind, LocalDate day, BigDecimal totalYuan, long donations) {

		DonationDay plus(DonationDay other) {
			return new DonationDay(this.kind, this.day, this.totalYuan.add(other.totalYuan),
					this.donations + other.donations);
		}

	}

	/**
	 * A commodity's prices observed on one day over every market: the first told, which a
	 * baseline takes, and the latest told, which the day's price is.
	 *
	 * @param commodity what was priced
	 * @param observedOn the day
	 * @param unit the unit of the latest
	 * @param firstPriceYuan the first price told for the day
	 * @param latestPriceYuan the latest price told for the day
	 */
	public record PriceDay(String commodity, LocalDate observedOn, String unit, BigDecimal firstPriceYuan,
			BigDecimal latestPriceYuan) {

		PriceDay followedBy(PriceDay later) {
			return new PriceDay(this.commodity, this.observedOn, later.unit, this.firstPriceYuan,
					later.latestPriceYuan);
		}

	}

	private record ItemDayKey(String sku, LocalDate day) {

	}

	private record DonationDayKey(DonationKind kind, LocalDate day) {

	}

	private record PriceDayKey(String commodity, LocalDate day) {

	}

}
