package org.cordon.gateway.login;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cordon.gateway.login.domain.AddressThrottle;
import org.cordon.gateway.login.domain.SessionPolicy;

/**
 * How long sessions last ({@code cordon.gateway.session.idle-timeout} and
 * {@code max-age}) and how a client address that keeps failing is slowed down
 * ({@code cordon.gateway.login.address-free-failures} within {@code address-window}).
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

	/** The added wait per failure beyond the free ones. */
	static final Duration ADDRESS_STEP = Duration.ofSeconds(1);

	/** The longest wait: long enough to make guessing slow, short enough for a person. */
	static final Duration ADDRESS_LONGEST_WAIT = Duration.ofSeconds(10);

	@Bean
	SessionPolicy sessionPolicy(@Value("${cordon.gateway.session.idle-timeout:30m}") Duration idleTimeout,
			@Value("${cordon.gateway.session.max-age:8h}") Duration maxAge) {
		return new SessionPolicy(idleTimeout, maxAge);
	}

	@Bean
	AddressThrottle addressThrottle(@Value("${cordon.gateway.login.address-free-failures:10}") int freeFailures,
			@Value("${cordon.gateway.login.address-window:5m}") Duration window) {
		return new AddressThrottle(freeFailures, window, ADDRESS_STEP, ADDRESS_LONGEST_WAIT, System::nanoTime);
	}

}
