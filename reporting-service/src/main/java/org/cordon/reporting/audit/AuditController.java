package org.cordon.reporting.audit;

import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.audit.domain.AuditQuery;
import org.cordon.reporting.audit.domain.InvalidAuditQuery;

/**
 * {@code GET /api/audit/events?from=&to=&type=&subject=&limit=} (auditor), as
 * {@code application/x-ndjson}: one CloudEvent per line, oldest first.
 */
@RestController
class AuditController {

	static final String NDJSON = "application/x-ndjson";

	private final AuditStream stream;

	AuditController(AuditStream stream) {
		this.stream = stream;
	}

	@GetMapping(path = "/api/audit/events", produces = NDJSON)
	Flux<byte[]> events(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(name = "type", required = false) List<String> types,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String limit,
			Caller caller) {
		caller.require(Role.AUDITOR);
		AuditQuery query;
		try {
			query = AuditQuery.read(from, to, types, subject, limit);
		}
		catch (InvalidAuditQuery ex) {
			throw ProblemException
				.invalid(ex.violations().stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
		return this.stream.events(query);
	}

}
