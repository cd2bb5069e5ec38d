package org.cordon.gateway.login;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;

import org.cordon.gateway.access.CallerAuthentication;
import org.cordon.gateway.access.KeyHeaders;

/**
 * Makes the person of a session cookie the request's caller, exactly as a key makes its
 * holder one: the same roles, the same access table, the same identity for the services
 * ({@code user:<username>}).
 * <p>
 * A request that carries a key is the key's: the session cookie is then ignored. A cookie
 * whose session is over is removed and the request goes on without a caller, so the
 * access table answers it as it answers any request without credentials (a 401, or the
 * login form for a page).
 */
@Component
public class SessionAuthentication {

	private final SessionLookup lookup;

	private final SessionCookies cookies;

	SessionAuthentication(SessionLookup lookup, SessionCookies cookies) {
		this.lookup = lookup;
		this.cookies = cookies;
	}

	/**
	 * The filter for the security chain; not a bean, since every {@code WebFilter} bean
	 * would also run outside the chain.
	 * @return a new filter
	 */
	public AuthenticationWebFilter webFilter() {
		AuthenticationWebFilter filter = new AuthenticationWebFilter(this::authenticate);
		filter.setRequiresAuthenticationMatcher(carriesSessionWithoutKey());
		filter.setServerAuthenticationConverter((exchange) -> Mono
			.justOrEmpty(SessionCookies.session(exchange.getRequest()).map(PresentedSession::new)));
		filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		filter.setAuthenticationFailureHandler((filterExchange, failure) -> {
			filterExchange.getExchange()
				.getResponse()
				.addCookie(this.cookies.clearSession(filterExchange.getExchange().getRequest()));
			return filterExchange.getChain().filter(filterExchange.getExchange());
		});
		return filter;
	}

	private Mono<Authentication> authenticate(Authentication authentication) {
		if (!(authentication instanceof PresentedSession presented)) {
			return Mono.empty();
		}
		return this.lookup.find(presented.secret())
			.<Authentication>map((user) -> new CallerAuthentication(user.identity()))
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown or ended session")));
	}

	private static ServerWebExchangeMatcher carriesSessionWithoutKey() {
		return (exchange) -> (!KeyHeaders.present(exchange.getRequest().getHeaders())
				&& SessionCookies.session(exchange.getRequest()).isPresent())
						? ServerWebExchangeMatcher.MatchResult.match()
						: ServerWebExchangeMatcher.MatchResult.notMatch();
	}

	/**
	 * A session cookie as the browser sent it, before the gateway looked it up.
	 */
	static final class PresentedSession extends AbstractAuthenticationToken {

		private final String secret;

		PresentedSession(String secret) {
			super(List.of());
			this.secret = secret;
		}

		String secret() {
			return this.secret;
		}

		@Override
		public Object getCredentials() {
			return this.secret;
		}

		@Override
		public Object getPrincipal() {
			return "session";
		}

		@Override
		public String toString() {
			// never the session id
			return "PresentedSession";
		}

	}

}
