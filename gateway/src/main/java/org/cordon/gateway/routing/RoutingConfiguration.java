package org.cordon.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import org.cordon.platform.problem.ProblemWriter;

/**
 * What the gateway adds to Spring Cloud Gateway's routing (the routes themselves are in
 * {@code application.yml}): the body limit for streamed bodies and 503 for a service that
 * is down.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	StreamedBodyLimitFilter streamedBodyLimitFilter(
			@Value("${spring.http.codecs.max-in-memory-size:1MB}") DataSize limit) {
		return new StreamedBodyLimitFilter(limit.toBytes());
	}

	@Bean
	UpstreamFailures upstreamFailures(ProblemWriter problems) {
		return new UpstreamFailures(problems);
	}

}
