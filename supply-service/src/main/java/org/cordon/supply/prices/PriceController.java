package org.cordon.supply.prices;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.PriceObserved;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.domain.Money;
import org.cordon.supply.prices.domain.PriceRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/prices} (operator).
 */
@RestController
class PriceController {

	private final RecordingPrices recording;

	private final Clock clock;

	PriceController(RecordingPrices recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@PostMapping("/api/supplies/prices")
	Mono<ResponseEntity<PriceAnswer>> observe(@RequestBody Mono<PriceRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			Answers.refuseIfAny(PriceRules.check(request.market(), request.commodity(), request.unit(),
					request.priceYuan(), request.observedOn(), LocalDate.now(this.clock)));
			PriceObserved price = PriceObserved.of(request.market().strip(), request.commodity().strip(),
					request.unit().strip(), Money.yuan(request.priceYuan()), request.observedOn());
			return this.recording.record(price, provenance)
				.map((created) -> Answers.of(created,
						(status) -> new PriceAnswer(price.market(), price.commodity(), price.observedOn(), status)));
		});
	}

}
