package org.cordon.supply.stock;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.domain.BusinessDay;
import org.cordon.supply.stock.domain.IssueRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/issues} (operator): 201, or 409 when the warehouse cannot
 * spare that many for this priority.
 */
@RestController
class IssueController {

	private final IssuingSupplies issuing;

	private final Clock clock;

	IssueController(IssuingSupplies issuing, Clock clock) {
		this.issuing = issuing;
		this.clock = clock;
	}

	@PostMapping("/api/supplies/issues")
	Mono<ResponseEntity<IssueAnswer>> issue(@RequestBody Mono<IssueRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers
				.refuseIfAny(
						BusinessDay.checked(
								IssueRules.check(request.issueId(), request.sku(), request.quantity(),
										request.warehouse(), request.recipient(), request.priority()),
								request.issuedOn(), "issuedOn", today));
			SupplyIssued sent = new SupplyIssued(request.issueId(), request.sku(), request.quantity(),
					request.warehouse().strip(), request.recipient().strip(), request.priority(), request.issuedOn());
			SupplyIssued issue = new SupplyIssued(sent.issueId(), sent.sku(), sent.quantity(), sent.warehouse(),
					sent.recipient(), sent.priority(), BusinessDay.resolve(sent.issuedOn(), today));
			return this.issuing.issue(sent, issue, provenance)
				.map((created) -> Answers.of(created,
						(status) -> new IssueAnswer(issue.issueId(), status, created.result().balance())));
		});
	}

}
