package org.cordon.reporting.rebuild;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How builds of the views beside the live ones behave, for a verification and a rebuild.
 *
 * @param caughtUpWithin how many records a build may still be behind the live views when
 * it finishes under the live tables' lock: those are read while the live batches wait
 * @param lockTimeout the longest wait for any one lock while the live views are frozen
 * (their lock, a view's lock, a table a reader holds during a swap)
 * @param catchUpTimeout the longest the last stretch may take while the live views are
 * frozen
 * @param swapAttempts how many times a rebuild (or a verification) tries to freeze the
 * live views when a lock was not granted in time
 * @param pollTimeout how long one read of the log waits for records
 * @param maxPollRecords the most records one read of the log returns, and so the most in
 * one batch of a topic: a batch costs a few statements and a commit per topic whatever
 * its size
 * @param progressInterval how often a rebuild stores its progress and heartbeat
 * @param abandonedAfter a running rebuild without a heartbeat for this long is taken for
 * dead (its instance stopped): marked failed, so that a new one can start
 * @param maxDifferences the most differences a verification lists
 * @param maxIdsInMemory the most event ids a build holds in memory (about 32 bytes each)
 * before it stores them in its table and claims there, as the live consumer does
 * @param batchesAhead the most batches of a build (one topic's records of one read of the
 * log each) under way or read and waiting behind their topic's last one: the records a
 * build holds read ahead
 */
@ConfigurationProperties("cordon.views.build")
public record ShadowBuildProperties(@DefaultValue("500") long caughtUpWithin, @DefaultValue("2s") Duration lockTimeout,
		@DefaultValue("30s") Duration catchUpTimeout, @DefaultValue("5") int swapAttempts,
		@DefaultValue("200ms") Duration pollTimeout, @DefaultValue("8000") int maxPollRecords,
		@DefaultValue("1s") Duration progressInterval, @DefaultValue("1m") Duration abandonedAfter,
		@DefaultValue("1000") int maxDifferences, @DefaultValue("2000000") int maxIdsInMemory,
		@DefaultValue("6") int batchesAhead) {

}
