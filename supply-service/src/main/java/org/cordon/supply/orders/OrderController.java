package org.cordon.supply.orders;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.domain.BusinessDay;
import org.cordon.supply.orders.domain.OrderRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/orders} (operator).
 */
@RestController
class OrderController {

	private final PlacingOrders placing;

	private final Clock clock;

	OrderController(PlacingOrders placing, Clock clock) {
		this.placing = placing;
		this.clock = clock;
	}

	@PostMapping("/api/supplies/orders")
	Mono<ResponseEntity<OrderAnswer>> place(@RequestBody Mono<PlaceOrderRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers
				.refuseIfAny(BusinessDay.checked(OrderRules.check(request.orderId(), request.sku(), request.quantity(),
						request.supplier(), request.expectedOn()), request.orderedOn(), "orderedOn", today));
			SupplyOrdered sent = new SupplyOrdered(request.orderId(), request.sku(), request.quantity(),
					request.supplier().strip(), request.expectedOn(), request.orderedOn());
			SupplyOrdered order = new SupplyOrdered(sent.orderId(), sent.sku(), sent.quantity(), sent.supplier(),
					sent.expectedOn(), BusinessDay.resolve(sent.orderedOn(), today));
			return this.placing.place(sent, order, provenance)
				.map((created) -> Answers.of(created, (status) -> new OrderAnswer(order.orderId(), status)));
		});
	}

}
