package org.cordon.platform.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Spring Security's observations off by default in every Cordon application.
 * <p>
 * With an observation registry present, Spring Security observes each filter of its
 * chain, the authentication and the authorization of every request: profiles of the
 * gateway and checkpoint-service under load showed 4–8 % of their CPU spent starting and
 * stopping those observations, whose timers nobody reads. The requests themselves are
 * still measured ({@code http.server.requests}). The default is added last, so
 * {@code management.observations.enable.spring.security=true} in an application's
 * configuration or the environment turns them back on.
 */
public class SecurityObservationsOff implements EnvironmentPostProcessor {

	static final String PROPERTY = "management.observations.enable.spring.security";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("cordonPlatformDefaults", Map.of(PROPERTY, "false")));
	}

}
