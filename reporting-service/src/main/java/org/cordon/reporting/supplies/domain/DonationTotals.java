package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.cordon.contracts.supply.DonationKind;

/**
 * The answer of {@code GET /api/views/supplies/donations}: exact sums as decimal strings
 * of yuan, every kind listed.
 *
 * @param total the sum over every kind
 * @param byKind the sum of each kind, {@code "0"} when none
 */
public record DonationTotals(String total, Map<DonationKind, String> byKind) {

	public DonationTotals {
		EnumMap<DonationKind, String> kinds = new EnumMap<>(DonationKind.class);
		kinds.putAll(byKind);
		byKind = Collections.unmodifiableMap(kinds);
	}

	/**
	 * @param sums the exact sum of each kind that has donations
	 * @return the totals
	 */
	public static DonationTotals of(Map<DonationKind, BigDecimal> sums) {
		Map<DonationKind, String> byKind = new EnumMap<>(DonationKind.class);
		BigDecimal total = BigDecimal.ZERO;
		for (DonationKind kind : DonationKind.values()) {
			BigDecimal sum = sums.getOrDefault(kind, BigDecimal.ZERO);
			byKind.put(kind, Yuan.text(sum));
			total = total.add(sum);
		}
		return new DonationTotals(Yuan.text(total), byKind);
	}

}
