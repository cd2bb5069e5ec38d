package org.cordon.supply.domain;

import java.util.regex.Pattern;

import org.cordon.platform.rules.Violations;

/**
 * What a sku and a quantity are, for every request that names an item.
 */
public final class SupplyRules {

	/**
	 * A sku is a code the command chooses, e.g. {@code MASK-N95}: capital letters, digits
	 * and hyphens, so it reads the same in a URL, a Kafka key and a log.
	 */
	public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

	/**
	 * The most one line may move: far above the bulletins' largest figure (300,000 masks)
	 * and within a Java int.
	 */
	public static final int MAX_QUANTITY = 100_000_000;

	private SupplyRules() {
	}

	public static void sku(Violations violations, String sku) {
		if (violations.present(sku, "sku")) {
			violations.check(SKU.matcher(sku).matches(), "sku",
					"must be 1 to 64 capital letters, digits or hyphens, starting with a letter or digit, e.g. MASK-N95");
		}
	}

	/**
	 * Quantities are whole units (alcohol in kilograms), at least one; fractions never
	 * reach here, the JSON reader refuses them.
	 * @param violations where to add what is wrong
	 * @param quantity the quantity
	 */
	public static void quantity(Violations violations, Integer quantity) {
		if (violations.present(quantity, "quantity")) {
			violations.range(quantity, "quantity", 1, MAX_QUANTITY);
		}
	}

}
