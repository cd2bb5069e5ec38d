package org.cordon.reporting.rebuild.domain;

import java.util.List;

/**
 * What a verification found: whether the live views equal the views built from the log at
 * the same positions, and the rows where they do not. The list is cut at a limit, so that
 * views gone wholly wrong do not make an answer of millions of rows; {@code truncated}
 * says when it was.
 *
 * @param consistent whether no row differs
 * @param differences the rows that differ, at most the limit
 * @param truncated whether more rows differ than are listed
 */
public record Verdict(boolean consistent, List<Difference> differences, boolean truncated) {

	public Verdict {
		differences = List.copyOf(differences);
	}

	/**
	 * @param found the differences found, possibly one more than the limit (to tell that
	 * there are more)
	 * @param limit the most differences to list
	 * @return the verdict
	 */
	public static Verdict of(List<Difference> found, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("List at least one difference: " + limit);
		}
		boolean truncated = found.size() > limit;
		return new Verdict(found.isEmpty(), truncated ? found.subList(0, limit) : found, truncated);
	}

}
