package org.cordon.reporting.supplies.domain;

import java.util.ArrayList;
import java.util.List;

import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.StockLow;
import org.cordon.contracts.supply.SupplyEvent;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;

/**
 * What a supply event must carry before the views apply it: JSON that reads into a record
 * may still miss a field, or carry a quantity or amount supply-service never accepts.
 * Such an event is refused (dead-lettered), never guessed at; a price of zero, say, would
 * make every later change in percent meaningless.
 */
public final class SupplyEventChecks {

	private SupplyEventChecks() {
	}

	/**
	 * @param event a decoded event
	 * @return what is wrong with it; empty when the views can apply it
	 */
	public static List<String> problems(SupplyEvent event) {
		List<String> problems = new ArrayList<>();
		if (event instanceof ItemDefined defined) {
			required(problems, defined.sku(), "sku");
			required(problems, defined.name(), "name");
			required(problems, defined.unit(), "unit");
			if (defined.lowStockThreshold() < 0) {
				problems.add("lowStockThreshold must not be negative");
			}
		}
		else if (event instanceof SupplyOrdered ordered) {
			quantity(problems, ordered.sku(), ordered.quantity());
		}
		else if (event instanceof SupplyReceived received) {
			quantity(problems, received.sku(), received.quantity());
		}
		else if (event instanceof SupplyIssued issued) {
			quantity(problems, issued.sku(), issued.quantity());
		}
		else if (event instanceof StockLow low) {
			required(problems, low.sku(), "sku");
		}
		else if (event instanceof DonationReceived donation) {
			required(problems, donation.kind(), "kind");
			if (required(problems, donation.amountYuan(), "amountYuan") && donation.amount().signum() <= 0) {
				problems.add("amountYuan must be positive");
			}
		}
		else if (event instanceof PriceObserved observation) {
			required(problems, observation.commodity(), "commodity");
			required(problems, observation.unit(), "unit");
			required(problems, observation.observedOn(), "observedOn");
			if (required(problems, observation.priceYuan(), "priceYuan") && observation.price().signum() <= 0) {
				problems.add("priceYuan must be positive");
			}
		}
		return problems;
	}

	private static void quantity(List<String> problems, String sku, int quantity) {
		required(problems, sku, "sku");
		if (quantity <= 0) {
			problems.add("quantity must be positive");
		}
	}

	private static boolean required(List<String> problems, Object value, String field) {
		if (value == null) {
			problems.add(field + " is missing");
			return false;
		}
		return true;
	}

}
