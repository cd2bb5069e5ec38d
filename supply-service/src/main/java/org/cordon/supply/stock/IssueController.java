package org.cordon.supply.stock;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.stock.domain.IssueRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/issues} (operator): 201, or 409 when the warehouse cannot
 * spare that many for this priority.
 */
@RestController
class IssueController {

	private final IssuingSupplies issuing;

	IssueController(IssuingSupplies issuing) {
		this.issuing = issuing;
	}

	@PostMapping("/api/supplies/issues")
	Mono<ResponseEntity<IssueAnswer>> issue(@RequestBody Mono<IssueRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(IssueRules.check(request.issueId(), request.sku(), request.quantity(),
					request.warehouse(), request.recipient(), request.priority()));
			SupplyIssued issue = new SupplyIssued(request.issueId(), request.sku(), request.quantity(),
					request.warehouse().strip(), request.recipient().strip(), request.priority());
			return this.issuing.issue(issue, provenance)
				.map((created) -> Answers.of(created,
						(status) -> new IssueAnswer(issue.issueId(), status, created.result().balance())));
		});
	}

}
