package org.cordon.gateway.users;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import org.cordon.gateway.keys.domain.KeySecrets;

/**
 * bcrypt at cost 12 (about a quarter of a second per hash on one core), on threads of its
 * own: a hash must never run on the event loop, where it would hold up every other
 * request, and no more hashes run at once than there are cores, so a burst of logins
 * queues rather than starving routing.
 * <p>
 * A login for a username that does not exist is compared against a decoy hash, so it
 * takes as long as one that does and the answer's timing does not tell them apart.
 */
@Component
public class PasswordHashing implements DisposableBean {

	/** bcrypt's cost: 2^12 rounds. */
	public static final int STRENGTH = 12;

	private static final int QUEUED = 1000;

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(STRENGTH);

	private final Scheduler scheduler = Schedulers.newBoundedElastic(
			Math.max(1, Runtime.getRuntime().availableProcessors()), QUEUED, "password-hashing",
			(int) Duration.ofMinutes(1).toSeconds(), true);

	private final String decoy = this.encoder.encode(KeySecrets.generate());

	public Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.encoder.encode(password)).subscribeOn(this.scheduler);
	}

	public Mono<Boolean> matches(String password, String hash) {
		return Mono.fromCallable(() -> this.encoder.matches(password, hash)).subscribeOn(this.scheduler);
	}

	/**
	 * Spends the time of a comparison and fails.
	 * @param password what was typed
	 * @return false, after as long as {@link #matches} takes
	 */
	public Mono<Boolean> matchesNothing(String password) {
		// bcrypt reads at most 72 bytes; an absurd input is compared as an empty one
		String typed = (password != null && password.length() <= 72) ? password : "";
		return Mono.fromCallable(() -> {
			this.encoder.matches(typed, this.decoy);
			return false;
		}).subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
