package org.cordon.gateway.keys;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTestSetup;
import org.cordon.gateway.SignedIdentities;
import org.cordon.gateway.Upstream;
import org.cordon.platform.identity.Caller;
import org.cordon.testsupport.CordonTestInfrastructure;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default: dev keys and dev users on, no bootstrap key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cordon.gateway.dev-keys=true", "cordon.gateway.dev-users=true",
				"cordon.gateway.bootstrap-admin-key=" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, GatewayTestSetup.class })
class DevKeysIT {

	@LocalServerPort
	int port;

	@Autowired
	StartupKeys startupKeys;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void eachDevKeyHasItsRole() {
		this.api.get("/api/admin/keys", "dev-admin-key")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].name")
			.value((names) -> assertThat(names.toString()).contains("dev admin", "dev operator", "dev viewer",
					"dev auditor", "dev checkpoint"));
		this.api.get("/api/checkpoints", "dev-viewer-key").expectStatus().isOk();
		this.api.post("/api/checkpoints", "dev-viewer-key", "{}").expectStatus().isForbidden();
		this.api.get("/api/audit/events", "dev-auditor-key").expectStatus().isOk();
		this.api.get("/api/audit/events", "dev-viewer-key").expectStatus().isForbidden();
		this.api.get("/api/persons", "dev-operator-key").expectStatus().isEqualTo(503);
		this.api.get("/api/persons", "dev-viewer-key").expectStatus().isForbidden();
		this.api.get("/api/admin/keys", "dev-operator-key").expectStatus().isForbidden();

		Caller checkpoint = SignedIdentities
			.caller(this.api.post("/api/checkpoints/" + UUID.randomUUID() + "/counts", "dev-checkpoint-key", "{}")
				.expectStatus()
				.isOk()
				.expectBody(Upstream.Echo.class)
				.returnResult()
				.getResponseBody()
				.header(IdentityTokens.HEADER)
				.get(0));
		assertThat(checkpoint.actorName()).isEqualTo("dev checkpoint");
		assertThat(checkpoint.checkpoints()).containsExactly("*");
	}

	@Test
	void devKeysAreRevokedWhenTheSwitchIsOffAndABootstrapKeyReplacesItsPredecessor() {
		String first = "first-bootstrap-admin-key";
		String second = "second-bootstrap-admin-key";
		try {
			this.startupKeys.apply(first, false).block();
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> this.api.get("/api/checkpoints", "dev-viewer-key").expectStatus().isUnauthorized());
			this.api.get("/api/admin/keys", first).expectStatus().isOk();

			this.startupKeys.apply(second, false).block();
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> this.api.get("/api/admin/keys", first).expectStatus().isUnauthorized());
			this.api.get("/api/admin/keys", second)
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.name == 'bootstrap admin')].keyId")
				.value((ids) -> assertThat((List<?>) ids).hasSize(1));

			this.startupKeys.apply("", false).block();
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> this.api.get("/api/admin/keys", second).expectStatus().isUnauthorized());
		}
		finally {
			this.startupKeys.apply("", true).block();
		}
		this.api.get("/api/checkpoints", "dev-viewer-key").expectStatus().isOk();
	}

}
