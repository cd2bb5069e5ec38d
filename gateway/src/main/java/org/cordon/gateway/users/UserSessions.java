package org.cordon.gateway.users;

import reactor.core.publisher.Mono;

/**
 * Ends the sessions of a user; implemented where sessions live (the {@code login}
 * package), so that managing users does not depend on how people log in.
 */
public interface UserSessions {

	/**
	 * Ends every session of a user at once on this replica; other replicas refuse them
	 * once their short lookup cache expires.
	 * @param username the user
	 * @return done when the sessions are gone
	 */
	Mono<Void> endAll(String username);

}
