package org.cordon.supply.orders;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.orders.domain.OrderRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/orders} (operator).
 */
@RestController
class OrderController {

	private final PlacingOrders placing;

	OrderController(PlacingOrders placing) {
		this.placing = placing;
	}

	@PostMapping("/api/supplies/orders")
	Mono<ResponseEntity<OrderAnswer>> place(@RequestBody Mono<PlaceOrderRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(OrderRules.check(request.orderId(), request.sku(), request.quantity(),
					request.supplier(), request.expectedOn()));
			SupplyOrdered order = new SupplyOrdered(request.orderId(), request.sku(), request.quantity(),
					request.supplier().strip(), request.expectedOn());
			return this.placing.place(order, provenance)
				.map((created) -> Answers.of(created, (status) -> new OrderAnswer(order.orderId(), status)));
		});
	}

}
