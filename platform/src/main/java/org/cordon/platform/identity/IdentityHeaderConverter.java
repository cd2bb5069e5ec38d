package org.cordon.platform.identity;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Takes the identity token from {@link IdentityToken#HEADER}, not from
 * {@code Authorization}: that header carries the client's API key, which no service
 * trusts.
 */
class IdentityHeaderConverter implements ServerAuthenticationConverter {

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		String token = exchange.getRequest().getHeaders().getFirst(IdentityToken.HEADER);
		if (!StringUtils.hasText(token)) {
			return Mono.empty();
		}
		return Mono.just(new BearerTokenAuthenticationToken(token.trim()));
	}

}
