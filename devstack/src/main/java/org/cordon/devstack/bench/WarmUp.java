package org.cordon.devstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Posts single reports in rounds for the warm-up time and prints each round's rate, so
 * that the measurement starts on a warm platform and the reader sees how warm. On two
 * cores, seven JVMs compile their hot paths for many minutes and PostgreSQL fills its
 * buffers: the same stack took 617 single reports/s four minutes after its start and
 * 1,041/s after nine, with nothing else changed, every process spending 30 to 50 % more
 * CPU per report at four minutes than at nine. A rule that stops at the first two rounds
 * that agree stopped at 715/s: the climb is slow and the rounds scatter by 10 %.
 */
final class WarmUp {

	static final Duration ROUND = Duration.ofSeconds(60);

	private WarmUp() {
	}

	/**
	 * @param gates fresh checkpoints for each round (a round starts its periods anew)
	 * @param time posting time in all, in whole rounds
	 * @return the checkpoints that posted, for {@link CaughtUp}
	 */
	static List<Gate> rounds(CordonClient cordon, Supplier<List<Gate>> gates, Duration time)
			throws InterruptedException {
		List<Gate> posted = new ArrayList<>();
		for (Duration spent = Duration.ZERO; spent.compareTo(time) < 0; spent = spent.plus(ROUND)) {
			List<Gate> round = gates.get();
			posted.addAll(round);
			SingleReports.Result result = SingleReports.run(cordon, round, ROUND);
			System.out.printf("  warm-up to %d s: %.0f single reports/s (%d rate-limited, %s)%n",
					spent.plus(ROUND).toSeconds(), result.perSecond(), result.rateLimited(), result.otherAnswersText());
		}
		return posted;
	}

}
