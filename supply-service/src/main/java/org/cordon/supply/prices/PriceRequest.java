package org.cordon.supply.prices;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/supplies/prices}; the price is a decimal string, as all
 * money in the API.
 */
record PriceRequest(String market, String commodity, String unit, String priceYuan, LocalDate observedOn) {

}
