package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A staple's price was observed at a market on a day; keyed by commodity, so that every
 * market's observations of one commodity stay in order.
 *
 * @param priceYuan the price per unit as a decimal string of yuan, e.g. {@code "3.2"}
 */
public record PriceObserved(String market, String commodity, String unit, String priceYuan,
		LocalDate observedOn) implements SupplyEvent {

	public static final String TYPE = "cordon.supply.PriceObserved.v1";

	public PriceObserved {
		Yuan.checked(priceYuan, "priceYuan");
	}

	/**
	 * An observation from an exact price.
	 * @param market where it was observed
	 * @param commodity what was priced
	 * @param unit per what
	 * @param priceYuan the price in yuan
	 * @param observedOn the day
	 * @return the event, with the price written as a plain decimal string
	 */
	public static PriceObserved of(String market, String commodity, String unit, BigDecimal priceYuan,
			LocalDate observedOn) {
		return new PriceObserved(market, commodity, unit, Yuan.of(priceYuan), observedOn);
	}

	/**
	 * The price as an exact number; never parse {@link #priceYuan()} as a double.
	 * @return the price in yuan
	 */
	public BigDecimal price() {
		return Yuan.value(this.priceYuan);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.commodity;
	}

}
