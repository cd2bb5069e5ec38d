package org.cordon.quarantine.persons;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.cordon.quarantine.persons.domain.ObservationPeriod;

/**
 * The observation period in force: {@code cordon.quarantine.observation-days} after the
 * last exposure (14 unless configured).
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	@Bean
	ObservationPeriod observationPeriod(@Value("${cordon.quarantine.observation-days:14}") int days) {
		return new ObservationPeriod(days);
	}

}
