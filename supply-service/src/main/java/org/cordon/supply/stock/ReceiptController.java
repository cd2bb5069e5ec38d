package org.cordon.supply.stock;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.stock.domain.ReceiptRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/receipts} (operator).
 */
@RestController
class ReceiptController {

	private final ReceivingSupplies receiving;

	ReceiptController(ReceivingSupplies receiving) {
		this.receiving = receiving;
	}

	@PostMapping("/api/supplies/receipts")
	Mono<ResponseEntity<ReceiptAnswer>> receive(@RequestBody Mono<ReceiveRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(ReceiptRules.check(request.receiptId(), request.sku(), request.quantity(),
					request.warehouse(), request.source(), request.orderId(), request.overReceipt()));
			SupplyReceived receipt = new SupplyReceived(request.receiptId(), request.sku(), request.quantity(),
					request.warehouse().strip(), request.source(), request.orderId());
			return this.receiving.receive(receipt, Boolean.TRUE.equals(request.overReceipt()), provenance)
				.map((created) -> Answers.of(created,
						(status) -> new ReceiptAnswer(receipt.receiptId(), status, created.result().balance())));
		});
	}

}
