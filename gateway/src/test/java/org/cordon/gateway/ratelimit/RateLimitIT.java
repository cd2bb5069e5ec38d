package org.cordon.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.gateway.Browser;
import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTestSetup;
import org.cordon.testsupport.CordonTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gateway with a tight limit: one request a second, three at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cordon.gateway.dev-keys=true", "cordon.gateway.dev-users=true",
				"cordon.gateway.rate-limit.requests-per-second=1", "cordon.gateway.rate-limit.burst=3" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, GatewayTestSetup.class })
class RateLimitIT {

	@LocalServerPort
	int port;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void aKeyPastItsBurstGetsA429WithRetryAfterAndOtherKeysAreNotAffected() {
		for (int i = 0; i < 3; i++) {
			this.api.get("/api/checkpoints", "dev-viewer-key").expectStatus().isOk();
		}

		String retryAfter = this.api.get("/api/checkpoints", "dev-viewer-key")
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:rate-limited")
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.RETRY_AFTER);
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);

		this.api.get("/api/checkpoints", "dev-auditor-key").expectStatus().isOk();
		this.api.client().get().uri("/actuator/health").exchange().expectStatus().isOk();
		await().atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> this.api.get("/api/checkpoints", "dev-viewer-key").expectStatus().isOk());
	}

	@Test
	void aPersonHasARateLimitOfTheirOwnLikeAKey() {
		Browser viewer = new Browser(this.port).logIn("viewer", "viewer");
		for (int i = 0; i < 3; i++) {
			viewer.get("/api/checkpoints").expectStatus().isOk();
		}

		viewer.get("/api/checkpoints").expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);

		new Browser(this.port).logIn("auditor", "auditor").get("/api/checkpoints").expectStatus().isOk();
	}

}
