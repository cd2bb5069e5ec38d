package org.cordon.checkpoint.counts;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cordon.checkpoint.web.Answers;
import org.cordon.platform.problem.Problem;

/**
 * The import summary of a batch: how many of each outcome, and each report's outcome in
 * the order sent.
 */
record BatchAnswer(int accepted, int corrected, int duplicates, int rejected, List<Result> results) {

	static BatchAnswer of(List<Result> results) {
		return new BatchAnswer(count(results, Answers.ACCEPTED), count(results, Answers.CORRECTED),
				count(results, Answers.DUPLICATE), count(results, Answers.REJECTED), results);
	}

	private static int count(List<Result> results, String status) {
		return (int) results.stream().filter((result) -> result.status().equals(status)).count();
	}

	/**
	 * One report's outcome; {@code problem} only when it was rejected.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Result(UUID reportId, String status, Integer revision, Problem problem) {

	}

}
