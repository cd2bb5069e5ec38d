package org.cordon.quarantine.watchlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;

/**
 * {@code GET /api/persons?dueForRelease=true} and {@code ?missingTemperature=true}
 * (operators): the files the monitors must act on today. Exactly one of the two is asked
 * for; without either there is no list to give (ADR 0012).
 */
@RestController
class WatchlistController {

	private final Watchlists watchlists;

	private final Clock clock;

	WatchlistController(Watchlists watchlists, Clock clock) {
		this.watchlists = watchlists;
		this.clock = clock;
	}

	@GetMapping("/api/persons")
	Mono<List<WatchSummary>> list(@RequestParam(required = false) String dueForRelease,
			@RequestParam(required = false) String missingTemperature, Caller caller) {
		caller.require(Role.OPERATOR);
		boolean due = flag(dueForRelease, "dueForRelease");
		boolean missing = flag(missingTemperature, "missingTemperature");
		if (due == missing) {
			throw ProblemException.invalid(due ? "missingTemperature" : "dueForRelease",
					"give exactly one of dueForRelease=true or missingTemperature=true");
		}
		LocalDate today = LocalDate.now(this.clock);
		return due ? this.watchlists.dueForRelease(today, this.clock.getZone())
				: this.watchlists.missingTemperature(today, this.clock.getZone());
	}

	/**
	 * Reads a flag strictly, as every other value: {@code true} or {@code false}, not the
	 * {@code yes}, {@code on} or {@code 1} Spring would also take.
	 */
	private static boolean flag(String value, String name) {
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		throw ProblemException.invalid(name, "must be true or false");
	}

}
