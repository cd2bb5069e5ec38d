package org.cordon.reporting.rebuild;

import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

import org.cordon.reporting.consuming.domain.ShadowSchema;
import org.cordon.reporting.rebuild.domain.SwapAttempts;
import org.cordon.reporting.rebuild.domain.Verdict;

/**
 * Verifies the live views against the log: builds every view from the first record into a
 * scratch schema, brings it to exactly the live positions while the live views are
 * frozen, compares the two key by key in that same transaction, and drops the scratch
 * schema. Live ingest goes on meanwhile, but for the comparison itself.
 */
@Service
class VerifyingViews {

	private static final Log logger = LogFactory.getLog(VerifyingViews.class);

	private final ShadowBuilds builds;

	private final ViewComparisons comparisons;

	private final ShadowBuildProperties properties;

	VerifyingViews(ShadowBuilds builds, ViewComparisons comparisons, ShadowBuildProperties properties) {
		this.builds = builds;
		this.comparisons = comparisons;
		this.properties = properties;
	}

	/**
	 * Blocks for as long as the build takes; call off the web server's threads.
	 * @return the verdict
	 */
	Verdict verify() {
		ShadowSchema scratch = ShadowSchema.verifiedBy(UUID.randomUUID());
		SwapAttempts attempts = new SwapAttempts(this.properties.swapAttempts());
		try (ShadowBuild build = this.builds.open(scratch)) {
			for (int made = 1;; made++) {
				build.approachLive((progress) -> {
				});
				try {
					return build.atLivePositions(
							(progress) -> this.comparisons.compare(scratch, this.properties.maxDifferences()));
				}
				catch (RuntimeException failure) {
					if (!attempts.another(made, LockTimeouts.isLockTimeout(failure))) {
						throw failure;
					}
					logger.info("The live views stayed busy, verifying again: " + failure.getMessage());
				}
			}
		}
	}

}
