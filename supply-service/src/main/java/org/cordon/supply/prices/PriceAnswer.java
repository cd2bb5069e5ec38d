package org.cordon.supply.prices;

import java.time.LocalDate;

/**
 * The answer to recording a price: the observation's natural key and the status.
 */
record PriceAnswer(String market, String commodity, LocalDate observedOn, String status) {

}
