package org.cordon.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
class HealthIT {

	@LocalServerPort
	int port;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void healthAnswersWithoutAKeyAndWithoutDetails() {
		this.api.client()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist();
	}

	@Test
	void onlyAnAdminSeesTheDetails() {
		String viewer = this.api.issue("not an admin", "viewer").key();

		this.api.get("/actuator/health", viewer)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components")
			.doesNotExist();
		this.api.get("/actuator/health", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP");
	}

	@Test
	void otherActuatorEndpointsNeedAdmin() {
		String viewer = this.api.issue("not an admin either", "viewer").key();

		this.api.client().get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
		this.api.get("/actuator/info", viewer).expectStatus().isForbidden();
		this.api.get("/actuator/info", GatewayApi.BOOTSTRAP_KEY).expectStatus().isOk();
	}

}
