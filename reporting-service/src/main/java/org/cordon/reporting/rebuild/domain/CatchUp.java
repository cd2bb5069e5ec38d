package org.cordon.reporting.rebuild.domain;

import java.util.Map;

/**
 * How far a build is behind the live views, in records, and whether it is close enough to
 * finish under the live tables' lock. A build follows the live positions without ever
 * passing them (a verification must compare at equal positions); the last stretch is read
 * while the live batches wait, so that stretch is kept short.
 */
public final class CatchUp {

	private CatchUp() {
	}

	/**
	 * @param <P> how a partition is named
	 * @param positions the build's next offset by partition
	 * @param targets the live next offset by partition; a partition missing has none
	 * @return the records the build has yet to read to reach every target
	 */
	public static <P> long lag(Map<P, Long> positions, Map<P, Long> targets) {
		long lag = 0;
		for (Map.Entry<P, Long> target : targets.entrySet()) {
			long position = positions.getOrDefault(target.getKey(), 0L);
			lag += Math.max(0, target.getValue() - position);
		}
		return lag;
	}

	/**
	 * @param lag records yet to read
	 * @param within the most records worth reading while the live batches wait
	 * @return whether to finish now
	 */
	public static boolean isClose(long lag, long within) {
		if (within < 0) {
			throw new IllegalArgumentException("A negative distance: " + within);
		}
		return lag <= within;
	}

}
