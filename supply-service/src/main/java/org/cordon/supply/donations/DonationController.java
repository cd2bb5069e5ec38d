package org.cordon.supply.donations;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.contracts.supply.DonationReceived;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.supply.domain.BusinessDay;
import org.cordon.supply.domain.Money;
import org.cordon.supply.donations.domain.DonationRules;
import org.cordon.supply.web.Answers;

/**
 * {@code POST /api/supplies/donations} (operator).
 */
@RestController
class DonationController {

	private final RecordingDonations recording;

	private final Clock clock;

	DonationController(RecordingDonations recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@PostMapping("/api/supplies/donations")
	Mono<ResponseEntity<DonationAnswer>> donate(@RequestBody Mono<DonationRequest> body, Caller caller,
			Provenance provenance) {
		caller.require(Role.OPERATOR);
		return body.switchIfEmpty(Answers.missingBody()).flatMap((request) -> {
			LocalDate today = LocalDate.now(this.clock);
			Answers.refuseIfAny(BusinessDay.checked(
					DonationRules.check(request.donationId(), request.donor(), request.kind(), request.amountYuan()),
					request.receivedOn(), "receivedOn", today));
			DonationReceived sent = DonationReceived.of(request.donationId(), request.donor().strip(), request.kind(),
					Money.yuan(request.amountYuan()), request.receivedOn());
			DonationReceived donation = DonationReceived.of(sent.donationId(), sent.donor(), sent.kind(), sent.amount(),
					BusinessDay.resolve(sent.receivedOn(), today));
			return this.recording.record(sent, donation, provenance)
				.map((created) -> Answers.of(created, (status) -> new DonationAnswer(donation.donationId(), status)));
		});
	}

}
