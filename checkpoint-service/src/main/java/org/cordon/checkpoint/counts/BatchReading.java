package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.checkpoint.web.Answers;
import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.problem.ProblemMapping;
import org.cordon.platform.rules.Violation;

/**
 * Reads a batch report by report, so that one malformed report is rejected on its own
 * instead of failing the whole upload.
 */
final class BatchReading {

	static final int MAX_REPORTS = 1000;

	private BatchReading() {
	}

	/**
	 * @param body the whole request body
	 * @return the array of reports
	 * @throws ProblemException when the body is not {@code {reports: [...]}} with at most
	 * 1000 reports
	 */
	static List<JsonNode> reports(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ProblemException.invalid("body", "must be an object {reports: [...]}");
		}
		for (String field : body.propertyNames()) {
			if (!field.equals("reports")) {
				throw ProblemException.invalid(field, "is not a known field");
			}
		}
		JsonNode reports = body.get("reports");
		if (reports == null || !reports.isArray()) {
			throw ProblemException.invalid("reports", "must be an array");
		}
		if (reports.size() > MAX_REPORTS) {
			throw ProblemException.invalid("reports", "must hold at most " + MAX_REPORTS + " reports");
		}
		List<JsonNode> items = new ArrayList<>(reports.size());
		reports.forEach(items::add);
		return items;
	}

	/**
	 * One report of the batch, read and checked.
	 * @param json the strict mapper
	 * @param item the report's JSON
	 * @param now the current instant
	 * @return a valid request, or the problem that rejects it
	 */
	static Item read(JsonMapper json, JsonNode item, Instant now) {
		CountReportRequest request;
		try {
			request = json.treeToValue(item, CountReportRequest.class);
		}
		catch (JacksonException ex) {
			return new Item(reportIdOf(item), null,
					ProblemException.invalid(List.of(ProblemMapping.fieldProblem(ex))).problem());
		}
		List<Violation> violations = request.violations(now);
		if (!violations.isEmpty()) {
			return new Item(request.reportId(), null, Answers.invalid(violations));
		}
		return new Item(request.reportId(), request, null);
	}

	private static UUID reportIdOf(JsonNode item) {
		JsonNode id = item.get("reportId");
		if (id == null || !id.isString()) {
			return null;
		}
		try {
			return UUID.fromString(id.asString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A report of the batch: either valid, or rejected with its problem.
	 */
	record Item(UUID reportId, CountReportRequest request, Problem problem) {

		boolean valid() {
			return this.request != null;
		}

	}

}
