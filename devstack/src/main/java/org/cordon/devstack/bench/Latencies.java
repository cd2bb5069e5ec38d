package org.cordon.devstack.bench;

import java.util.Arrays;

/**
 * Recorded latencies in microseconds and their percentiles.
 */
final class Latencies {

	private long[] values = new long[1024];

	private int size;

	synchronized void add(long micros) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = micros;
	}

	synchronized int count() {
		return this.size;
	}

	/**
	 * The value below which {@code percent} of the recordings lie (nearest rank).
	 * @param percent e.g. 99
	 * @return milliseconds, or NaN without recordings
	 */
	synchronized double percentileMillis(double percent) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
	}

}
