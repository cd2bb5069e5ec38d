package org.cordon.reporting.supplies;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.supplies.domain.DonationTotals;
import org.cordon.reporting.supplies.domain.PriceLine;
import org.cordon.reporting.supplies.domain.StockLine;

/**
 * The live stream's data after a batch of supply events, shaped like the snapshot but
 * holding only what changed: the rows of the items and commodities the batch changed,
 * with their new values (a client replaces its rows of the same sku or commodity), and
 * the new donation totals when a donation arrived (absent otherwise). New values, never
 * increments, so a change seen twice changes nothing.
 *
 * @param view {@code supplies}
 * @param stock the changed items, by sku; may be empty
 * @param donations the donation totals after the batch, or null (left out) when no
 * donation arrived
 * @param prices the changed commodities, by name; may be empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SuppliesChanged(String view, List<StockLine> stock, DonationTotals donations, List<PriceLine> prices) {

	static final String VIEW = View.SUPPLIES.wireName();

}
