package org.cordon.reporting.rebuild.domain;

/**
 * When a rebuild tries its swap again. A swap waits a bounded time for each lock (the
 * live batches under way, the readers of a table): readers queue behind a waiting swap,
 * so it gives up early rather than hold them. Not getting a lock in time says nothing
 * against the rebuild, so it catches up again and tries anew, a few times; any other
 * failure ends the rebuild.
 *
 * @param max the most attempts
 */
public record SwapAttempts(int max) {

	public SwapAttempts {
		if (max < 1) {
			throw new IllegalArgumentException("At least one attempt: " + max);
		}
	}

	/**
	 * @param made attempts made so far, all failed
	 * @param lockNotGranted whether the last failed because a lock was not granted in
	 * time
	 * @return whether to try again
	 */
	public boolean another(int made, boolean lockNotGranted) {
		return lockNotGranted && made < this.max;
	}

}
