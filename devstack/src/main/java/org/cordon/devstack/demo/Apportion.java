package org.cordon.devstack.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole total into whole shares by weights so that the shares add up to the
 * total exactly (the largest remainder method): each share is its weight's part rounded
 * down, and what rounding left over goes, one each, to the shares that lost most, the
 * earlier first on a tie. The same total and weights always give the same shares.
 */
public final class Apportion {

	private Apportion() {
	}

	/**
	 * @param total what to split, zero or more
	 * @param weights the weights, zero or more each, not all zero unless the total is
	 * @return one share per weight, adding up to the total
	 */
	public static long[] split(long total, long... weights) {
		if (total < 0) {
			throw new IllegalArgumentException("a total to split is zero or more, not " + total);
		}
		long sum = Arrays.stream(weights).sum();
		if (Arrays.stream(weights).anyMatch((w) -> w < 0) || (sum == 0 && total != 0)) {
			throw new IllegalArgumentException(
					"weights are zero or more, and not all zero: " + Arrays.toString(weights));
		}
		long[] shares = new long[weights.length];
		long[] remainders = new long[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			// exact in long for the demo's figures: totals below 10^9, weights below 10^4
			shares[i] = total * weights[i] / Math.max(sum, 1);
			remainders[i] = total * weights[i] % Math.max(sum, 1);
			given += shares[i];
		}
		int[] order = IntStream.range(0, weights.length)
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingInt((i) -> i))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int k = 0; given < total; k++) {
			shares[order[k]]++;
			given++;
		}
		return shares;
	}

	/**
	 * {@link #split(long, long...)} for int totals.
	 * @param total what to split
	 * @param weights the weights
	 * @return one share per weight, adding up to the total
	 */
	public static int[] split(int total, int... weights) {
		long[] shares = split((long) total, Arrays.stream(weights).asLongStream().toArray());
		return Arrays.stream(shares).mapToInt(Math::toIntExact).toArray();
	}

}
