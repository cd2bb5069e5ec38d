package org.cordon.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;
import org.cordon.gateway.SignedIdentities;
import org.cordon.gateway.Upstream;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class IdentityRelayIT {

	@LocalServerPort
	int port;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void aClientsOwnIdentityHeaderIsReplacedByOneTheGatewaySigned() {
		UUID checkpoint = UUID.randomUUID();
		GatewayApi.Issued key = this.api.issue("Linhe east gate", List.of("checkpoint"),
				List.of(checkpoint.toString()));

		Upstream.Echo echo = this.api.client()
			.post()
			.uri("/api/checkpoints/" + checkpoint + "/counts")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key.key())
			.header(IdentityTokens.HEADER, IdentityTokens.forged())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody();

		List<String> identities = echo.header(IdentityTokens.HEADER);
		assertThat(identities).hasSize(1).doesNotContain(IdentityTokens.forged());
		Caller caller = SignedIdentities.caller(identities.get(0));
		assertThat(caller.actorId()).isEqualTo("key:" + key.keyId());
		assertThat(caller.actorName()).isEqualTo("Linhe east gate");
		assertThat(caller.roles()).containsExactly(Role.CHECKPOINT);
		assertThat(caller.checkpoints()).containsExactly(checkpoint.toString());
	}

	@Test
	void theTokenIsShortLivedAndAddressedToTheServices() {
		GatewayApi.Issued auditor = this.api.issue("auditor on duty", "auditor");

		Jwt jwt = SignedIdentities
			.verify(this.api.echoOf("/api/audit/events", auditor.key()).header(IdentityTokens.HEADER).get(0));

		assertThat(jwt.getClaimAsString("iss")).isEqualTo("cordon-gateway");
		assertThat(jwt.getAudience()).containsExactly("cordon-services");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("auditor");
		assertThat(jwt.getClaimAsStringList("checkpoints")).isEmpty();
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
		assertThat(jwt.getIssuedAt()).isBetween(Instant.now().minusSeconds(15), Instant.now().plusSeconds(1));
	}

	@Test
	void theClientsKeyIsNotForwardedInEitherHeader() {
		GatewayApi.Issued viewer = this.api.issue("quiet", "viewer");

		Upstream.Echo bearer = this.api.echoOf("/api/views/supplies/stock", viewer.key());
		Upstream.Echo header = this.api.client()
			.get()
			.uri("/api/views/supplies/stock")
			.header("X-Api-Key", viewer.key())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody();

		for (Upstream.Echo echo : List.of(bearer, header)) {
			assertThat(echo.headers()).doesNotContainKeys("authorization", "x-api-key");
			assertThat(echo.headers().toString()).doesNotContain(viewer.key());
			assertThat(echo.header(IdentityTokens.HEADER)).hasSize(1);
			assertThat(echo.header("traceparent")).singleElement().asString().startsWith("00-");
		}
	}

	@Test
	void aServiceSeesTheCallersRolesAsThePlatformReadsThem() {
		String admin = GatewayApi.BOOTSTRAP_KEY;

		Caller caller = SignedIdentities
			.caller(this.api.echoOf("/api/checkpoints", admin).header(IdentityTokens.HEADER).get(0));

		assertThat(caller.actorName()).isEqualTo("bootstrap admin");
		assertThat(caller.roles()).isEqualTo(Set.of(Role.ADMIN));
		assertThat(caller.has(Role.VIEWER)).isTrue();
	}

}
