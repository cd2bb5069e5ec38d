package org.cordon.platform.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cordon.platform.testapp.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's per-filter observations are off in a Cordon application; the
 * observations of requests stay.
 */
@PlatformIntegrationTest
class SecurityObservationsIT {

	@Autowired
	ObservationRegistry observations;

	@Test
	void securityObservationsAreNoOpsAndRequestObservationsAreNot() {
		assertThat(Observation.createNotStarted("spring.security.filterchains", this.observations).isNoop()).isTrue();
		assertThat(Observation.createNotStarted("spring.security.authorizations", this.observations).isNoop()).isTrue();
		assertThat(Observation.createNotStarted("http.server.requests", this.observations).isNoop()).isFalse();
	}

}
