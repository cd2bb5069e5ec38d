package org.cordon.checkpoint.counts;

import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.platform.problem.ProblemException;

/**
 * What became of one submission of a group: filed (in any way the rules decide), or
 * refused before the rules were asked.
 *
 * @param filing what filing did, or null when refused
 * @param refusal why it was refused, or null when filed
 */
record Outcome(Filing filing, ProblemException refusal) {

	static Outcome filed(Filing filing) {
		return new Outcome(filing, null);
	}

	static Outcome refused(ProblemException refusal) {
		return new Outcome(null, refusal);
	}

}
