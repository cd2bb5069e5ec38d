package org.cordon.platform.testapp;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The web's session manager, counting the sessions requests ask for. An exchange asks the
 * manager for its session when it is built, but only subscribing creates one, so it is
 * the subscriptions that are counted.
 */
public class CountedSessions implements WebSessionManager {

	private final WebSessionManager sessions = new DefaultWebSessionManager();

	private final AtomicInteger opened = new AtomicInteger();

	@Override
	public Mono<WebSession> getSession(ServerWebExchange exchange) {
		Mono<WebSession> session = this.sessions.getSession(exchange);
		return Mono.defer(() -> {
			this.opened.incrementAndGet();
			return session;
		});
	}

	/**
	 * @return how many sessions requests have asked for so far
	 */
	public int opened() {
		return this.opened.get();
	}

}
