package org.cordon.reporting.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;

/**
 * Sums the donations of a batch into one contribution per kind and instant they took
 * effect, so that the history is written with one row per pair. The totals as of an
 * instant are the sums of the contributions that took effect at or before it.
 */
public final class DonationContributions {

	private final Map<Key, Contribution> sums = new LinkedHashMap<>();

	/**
	 * @param donation a donation of the batch
	 * @param effectiveAt its {@code ce_time}
	 * @return this
	 */
	public DonationContributions add(DonationReceived donation, Instant effectiveAt) {
		this.sums.merge(new Key(donation.kind(), effectiveAt),
				new Contribution(donation.kind(), effectiveAt, donation.amount(), 1), Contribution::plus);
		return this;
	}

	/**
	 * @return one contribution per kind and instant, in the order they first appeared
	 */
	public List<Contribution> changes() {
		return new ArrayList<>(this.sums.values());
	}

	/**
	 * What the donations of one kind that took effect at one instant added.
	 *
	 * @param kind the kind
	 * @param effectiveAt the donations' {@code ce_time}
	 * @param amount their exact sum in yuan
	 * @param donations how many they are
	 */
	public record Contribution(DonationKind kind, Instant effectiveAt, BigDecimal amount, long donations) {

		Contribution plus(Contribution other) {
			return new Contribution(this.kind, this.effectiveAt, this.amount.add(other.amount),
					this.donations + other.donations);
		}

	}

	private record Key(DonationKind kind, Instant effectiveAt) {

	}

}
