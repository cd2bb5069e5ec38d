package org.cordon.reporting.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit stream's metrics.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditMetrics auditMetrics(ObjectProvider<MeterRegistry> meters) {
		return new AuditMetrics(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
