package org.cordon.gateway.users;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cordon.gateway.users.domain.Lockout;

/**
 * The lockout of {@code cordon.gateway.login.*}: {@code max-failures} failed logins for a
 * username within {@code failure-window} lock it for {@code lock-period}.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	Lockout lockout(@Value("${cordon.gateway.login.max-failures:5}") int maxFailures,
			@Value("${cordon.gateway.login.failure-window:15m}") Duration window,
			@Value("${cordon.gateway.login.lock-period:15m}") Duration lockPeriod) {
		return new Lockout(maxFailures, window, lockPeriod);
	}

}
