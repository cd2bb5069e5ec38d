package org.cordon.supply.items;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.ItemDefined;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.items.domain.ItemRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/items} (operator).
 */
@RestController
class ItemController {

	private final DefiningItems defining;

	ItemController(DefiningItems defining) {
		this.defining = defining;
	}

	@PostMapping("/api/supplies/items")
	Mono<ResponseEntity<ItemAnswer>> define(@RequestBody Mono<DefineItemRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(
					ItemRules.check(request.sku(), request.name(), request.unit(), request.lowStockThreshold()));
			ItemDefined item = new ItemDefined(request.sku(), request.name().strip(), request.unit().strip(),
					request.lowStockThreshold());
			return this.defining.define(item, provenance)
				.map((created) -> Answers.of(created, (status) -> new ItemAnswer(item.sku(), status)));
		});
	}

}
