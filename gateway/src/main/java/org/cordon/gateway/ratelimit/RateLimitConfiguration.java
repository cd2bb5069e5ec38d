package org.cordon.gateway.ratelimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cordon.gateway.ratelimit.domain.KeyRateLimits;

/**
 * The per-key rate limit: {@code cordon.gateway.rate-limit.requests-per-second}
 * sustained, {@code cordon.gateway.rate-limit.burst} at once. Each replica counts on its
 * own, so with n replicas behind a balancer a key gets up to n times the rate.
 * <p>
 * The {@link RateLimitFilter} itself is no bean: every {@code WebFilter} bean joins the
 * application's filters, and this one belongs in the security chain only, after the
 * caller is known.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	KeyRateLimits keyRateLimits(@Value("${cordon.gateway.rate-limit.requests-per-second:50}") double perSecond,
			@Value("${cordon.gateway.rate-limit.burst:100}") int burst) {
		return new KeyRateLimits(perSecond, burst, System::nanoTime);
	}

}
