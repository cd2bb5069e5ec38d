package org.cordon.supply.stock;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.domain.BusinessDay;
import org.cordon.supply.stock.domain.ReceiptRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/receipts} (operator).
 */
@RestController
class ReceiptController {

	private final ReceivingSupplies receiving;

	private final Clock clock;

	ReceiptController(ReceivingSupplies receiving, Clock clock) {
		this.receiving = receiving;
		this.clock = clock;
	}

	@PostMapping("/api/supplies/receipts")
	Mono<ResponseEntity<ReceiptAnswer>> receive(@RequestBody Mono<ReceiveRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers.refuseIfAny(BusinessDay.checked(
					ReceiptRules.check(request.receiptId(), request.sku(), request.quantity(), request.warehouse(),
							request.source(), request.orderId(), request.overReceipt()),
					request.receivedOn(), "receivedOn", today));
			SupplyReceived sent = new SupplyReceived(request.receiptId(), request.sku(), request.quantity(),
					request.warehouse().strip(), request.source(), request.orderId(), request.receivedOn());
			SupplyReceived receipt = new SupplyReceived(sent.receiptId(), sent.sku(), sent.quantity(), sent.warehouse(),
					sent.source(), sent.orderId(), BusinessDay.resolve(sent.receivedOn(), today));
			boolean overReceipt = Boolean.TRUE.equals(request.overReceipt());
			return this.receiving.receive(new ReceivingSupplies.Sent(sent, overReceipt), receipt, provenance)
				.map((created) -> Answers.of(created,
						(status) -> new ReceiptAnswer(receipt.receiptId(), status, created.result().balance())));
		});
	}

}
