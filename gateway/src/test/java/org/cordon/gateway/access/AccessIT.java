package org.cordon.gateway.access;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;

@GatewayTest
class AccessIT {

	@LocalServerPort
	int port;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void aKeyIsAcceptedAsBearerAndAsXApiKey() {
		GatewayApi.Issued viewer = this.api.issue("both headers", "viewer");

		this.api.get("/api/checkpoints", viewer.key()).expectStatus().isOk();
		this.api.client()
			.get()
			.uri("/api/checkpoints")
			.header("X-Api-Key", viewer.key())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anUnknownMissingOrEmptyKeyIsA401Problem() {
		this.api.get("/api/checkpoints", "cordon_thisKeyWasNeverIssuedByTheGatewayAtAll00000000")
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401);
		this.api.client().get().uri("/api/checkpoints").exchange().expectStatus().isUnauthorized();
		this.api.client()
			.get()
			.uri("/api/checkpoints")
			.header("X-Api-Key", "")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.api.client()
			.get()
			.uri("/api/checkpoints")
			.header(HttpHeaders.AUTHORIZATION, "Basic " + GatewayApi.BOOTSTRAP_KEY)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void eachPathNeedsItsRole() {
		String viewer = this.api.issue("a viewer", "viewer").key();
		String auditor = this.api.issue("an auditor", "auditor").key();
		String operator = this.api.issue("an operator", "operator").key();

		this.api.get("/api/checkpoints", viewer).expectStatus().isOk();
		this.api.post("/api/checkpoints", viewer, "{}")
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This needs the role admin.");
		this.api.post("/api/checkpoints", GatewayApi.BOOTSTRAP_KEY, "{}").expectStatus().isOk();
		this.api.get("/api/views/checkpoints/summary", viewer).expectStatus().isOk();
		this.api.get("/api/views/checkpoints/summary", auditor).expectStatus().isOk();
		this.api.get("/api/views/checkpoints/summary", operator)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This needs the role viewer, auditor or admin.");
		this.api.get("/api/audit/events", auditor).expectStatus().isOk();
		this.api.get("/api/audit/events", viewer).expectStatus().isForbidden();
		this.api.get("/api/admin/views/verify", viewer).expectStatus().isForbidden();
		this.api.get("/api/admin/views/verify", GatewayApi.BOOTSTRAP_KEY).expectStatus().isOk();
		this.api.get("/api/persons", viewer).expectStatus().isForbidden();
		// past the gateway's checks: the quarantine service is not running in this test
		this.api.get("/api/persons", operator).expectStatus().isEqualTo(503);
	}

	@Test
	void aCheckpointKeyPostsOnlyForTheCheckpointsInItsScope() {
		UUID mine = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		String scoped = this.api.issue("Linhe east gate", List.of("checkpoint"), List.of(mine.toString())).key();
		String everywhere = this.api.issue("province", List.of("checkpoint"), List.of("*")).key();

		this.api.post("/api/checkpoints/" + mine + "/counts", scoped, "{}").expectStatus().isOk();
		this.api.post("/api/checkpoints/" + mine.toString().toUpperCase() + "/fevers", scoped, "{}")
			.expectStatus()
			.isOk();
		this.api.post("/api/checkpoints/" + other + "/counts", scoped, "{}")
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This key may not post for checkpoint " + other + ".");
		this.api.post("/api/checkpoints/" + other + "/counts/batch", everywhere, "{}").expectStatus().isOk();
		this.api.post("/api/checkpoints/" + other + "/turnbacks", GatewayApi.BOOTSTRAP_KEY, "{}").expectStatus().isOk();
		// a checkpoint key posts; it neither lists nor registers checkpoints
		this.api.get("/api/checkpoints", everywhere).expectStatus().isForbidden();
		this.api.post("/api/checkpoints", everywhere, "{}").expectStatus().isForbidden();
	}

	@Test
	void aViewerCannotPostForACheckpoint() {
		String viewer = this.api.issue("curious", "viewer").key();

		this.api.post("/api/checkpoints/" + UUID.randomUUID() + "/counts", viewer, "{}")
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This needs the role checkpoint or admin.");
	}

	@Test
	void aPathNoRuleNamesNeedsAdmin() {
		String viewer = this.api.issue("explorer", "viewer").key();

		this.api.get("/api/nothing-here", viewer).expectStatus().isForbidden();
		this.api.get("/api/nothing-here", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
