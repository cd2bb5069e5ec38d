package org.cordon.checkpoint.counts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.checkpoint.counts.BatchReading.Item;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.checkpoint.web.Answers;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.ProblemException;

/**
 * {@code POST /api/checkpoints/{checkpointId}/counts} and {@code .../counts/batch}, for
 * checkpoint keys whose scope holds the checkpoint.
 */
@RestController
class CountReportController {

	private final FilingCountReports filing;

	private final FilingQueue singles;

	private final JsonMapper json;

	private final Clock clock;

	CountReportController(FilingCountReports filing, FilingQueue singles, JsonMapper json, Clock clock) {
		this.filing = filing;
		this.singles = singles;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/api/checkpoints/{checkpointId}/counts")
	Mono<ResponseEntity<ReportAnswer>> report(@PathVariable UUID checkpointId,
			@RequestBody Mono<CountReportRequest> body, Caller caller, Provenance provenance) {
		caller.requireCheckpoint(checkpointId);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(request.violations(this.clock.instant()));
			return this.singles.file(new Submission(checkpointId, request.toReport(), provenance))
				.map(CountReportController::answer);
		});
	}

	@PostMapping("/api/checkpoints/{checkpointId}/counts/batch")
	Mono<BatchAnswer> batch(@PathVariable UUID checkpointId, @RequestBody Mono<JsonNode> body, Caller caller,
			Provenance provenance) {
		caller.requireCheckpoint(checkpointId);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((node) -> {
			Instant now = this.clock.instant();
			List<Item> items = BatchReading.reports(node)
				.stream()
				.map((report) -> BatchReading.read(this.json, report, now))
				.toList();
			return this.filing
				.file(checkpointId, items.stream().filter(Item::valid).map((i) -> i.request().toReport()).toList(),
						provenance)
				.map((filings) -> BatchAnswer.of(results(items, filings)));
		});
	}

	private static ResponseEntity<ReportAnswer> answer(Filing filing) {
		if (filing instanceof Filing.Accepted accepted) {
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new ReportAnswer(accepted.filed().reportId(), accepted.filed().revision(), Answers.ACCEPTED));
		}
		if (filing instanceof Filing.Corrected corrected) {
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new ReportAnswer(corrected.filed().reportId(), corrected.filed().revision(), Answers.CORRECTED));
		}
		if (filing instanceof Filing.Duplicate duplicate) {
			return ResponseEntity.ok(new ReportAnswer(duplicate.original().reportId(), duplicate.original().revision(),
					Answers.DUPLICATE));
		}
		throw ProblemException.conflict(((Filing.Conflict) filing).reason());
	}

	private static List<BatchAnswer.Result> results(List<Item> items, List<Filing> filings) {
		List<BatchAnswer.Result> results = new ArrayList<>(items.size());
		Iterator<Filing> filed = filings.iterator();
		for (Item item : items) {
			results.add(item.valid() ? result(item.reportId(), filed.next())
					: new BatchAnswer.Result(item.reportId(), Answers.REJECTED, null, item.problem()));
		}
		return results;
	}

	private static BatchAnswer.Result result(UUID reportId, Filing filing) {
		if (filing instanceof Filing.Accepted accepted) {
			return new BatchAnswer.Result(reportId, Answers.ACCEPTED, accepted.filed().revision(), null);
		}
		if (filing instanceof Filing.Corrected corrected) {
			return new BatchAnswer.Result(reportId, Answers.CORRECTED, corrected.filed().revision(), null);
		}
		if (filing instanceof Filing.Duplicate duplicate) {
			return new BatchAnswer.Result(reportId, Answers.DUPLICATE, duplicate.original().revision(), null);
		}
		return new BatchAnswer.Result(reportId, Answers.REJECTED, null,
				ProblemException.conflict(((Filing.Conflict) filing).reason()).problem());
	}

}
