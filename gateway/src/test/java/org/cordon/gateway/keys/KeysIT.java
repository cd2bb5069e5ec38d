package org.cordon.gateway.keys;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;
import org.cordon.gateway.keys.domain.KeyHashes;
import org.cordon.gateway.keys.domain.KeySecrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class KeysIT {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void anAdminIssuesAKeyThatIsShownOnceAndStoredOnlyAsItsHash() {
		Map<String, Object> issued = this.api
			.post("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY,
					"{\"name\": \"Linhe east gate\", \"roles\": [\"checkpoint\"], \"checkpoints\": [\"*\"]}")
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		String keyId = (String) issued.get("keyId");
		String key = (String) issued.get("key");

		assertThat(KeySecrets.isIssuedFormat(key)).isTrue();
		assertThat(issued).containsEntry("name", "Linhe east gate")
			.containsEntry("roles", List.of("checkpoint"))
			.containsEntry("checkpoints", List.of("*"));
		String row = this.database.sql("select api_keys::text as row, key_hash from api_keys where key_id = $1")
			.bind(0, UUID.fromString(keyId))
			.map((r) -> r.get("row", String.class) + " | " + r.get("key_hash", String.class))
			.one()
			.block();
		assertThat(row).contains(KeyHashes.sha256(key)).doesNotContain(key);
		String listing = this.api.get("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(listing).contains(keyId).doesNotContain(key).doesNotContain(KeyHashes.sha256(key));
	}

	@Test
	void theListShowsTheKeysInForceWithoutSecrets() {
		GatewayApi.Issued viewer = this.api.issue("dashboard wall", "viewer");

		this.api.get("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.keyId == '%s')].name".formatted(viewer.keyId()))
			.isEqualTo("dashboard wall")
			.jsonPath("$[?(@.keyId == '%s')].roles[0]".formatted(viewer.keyId()))
			.isEqualTo("viewer")
			.jsonPath("$[?(@.keyId == '%s')].createdBy".formatted(viewer.keyId()))
			.value((createdBy) -> assertThat(createdBy.toString()).startsWith("[\"key:"))
			.jsonPath("$[?(@.name == 'bootstrap admin')].createdBy")
			.isEqualTo("configuration")
			.jsonPath("$[*].key")
			.doesNotExist();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"name": "x", "roles": ["superuser"]}                                  | roles[0]
			{"name": "x", "roles": ["Viewer"]}                                     | roles[0]
			{"name": "x", "roles": []}                                             | roles
			{"name": "x"}                                                          | roles
			{"name": "x", "roles": "viewer"}                                       | roles
			{"name": "x", "roles": ["viewer", "viewer"]}                           | roles[1]
			{"name": "x", "roles": ["checkpoint"], "checkpoints": ["not-a-uuid"]}  | checkpoints[0]
			{"name": "x", "roles": ["checkpoint"]}                                 | checkpoints
			{"name": "x", "roles": ["checkpoint"], "checkpoints": ["*", "*"]}      | checkpoints[0]
			{"name": "x", "roles": ["viewer"], "checkpoints": ["*"]}               | checkpoints
			{"roles": ["viewer"]}                                                  | name
			{"name": " ", "roles": ["viewer"]}                                     | name
			{"name": "x", "roles": ["viewer"], "admin": true}                      | admin
			""")
	void anInvalidKeyRequestIsRefusedNamingTheFieldAndIssuesNothing(String body, String field) {
		long before = keysInForce();

		this.api.post("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);

		assertThat(keysInForce()).isEqualTo(before);
	}

	@Test
	void aRevokedKeyIsRefusedAtOnceOnThisReplica() {
		GatewayApi.Issued viewer = this.api.issue("revoked soon", "viewer");
		this.api.get("/api/checkpoints", viewer.key()).expectStatus().isOk();

		this.api.delete("/api/admin/keys/" + viewer.keyId(), GatewayApi.BOOTSTRAP_KEY).expectStatus().isNoContent();

		this.api.get("/api/checkpoints", viewer.key()).expectStatus().isUnauthorized();
		this.api.delete("/api/admin/keys/" + viewer.keyId(), GatewayApi.BOOTSTRAP_KEY).expectStatus().isNoContent();
		this.api.get("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY)
			.expectBody()
			.jsonPath("$[?(@.keyId == '%s')]".formatted(viewer.keyId()))
			.isEmpty();
	}

	@Test
	void aKeyRevokedByAnotherReplicaIsRefusedWithinFiveSeconds() {
		GatewayApi.Issued viewer = this.api.issue("revoked elsewhere", "viewer");
		this.api.get("/api/checkpoints", viewer.key()).expectStatus().isOk();

		// what DELETE on another replica does; this replica only has its lookup cache
		this.database.sql("update api_keys set revoked_at = now(), revoked_by = 'another replica' where key_id = $1")
			.bind(0, UUID.fromString(viewer.keyId()))
			.fetch()
			.rowsUpdated()
			.block();

		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> this.api.get("/api/checkpoints", viewer.key()).expectStatus().isUnauthorized());
	}

	@Test
	void revokingAnUnknownKeyIs404AndAMalformedIdIs400() {
		this.api.delete("/api/admin/keys/" + UUID.randomUUID(), GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.api.delete("/api/admin/keys/not-a-key", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("keyId");
	}

	@Test
	void onlyAnAdminManagesKeys() {
		GatewayApi.Issued viewer = this.api.issue("not an admin", "viewer");

		this.api.get("/api/admin/keys", viewer.key())
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:forbidden");
		this.api.post("/api/admin/keys", viewer.key(), "{\"name\": \"mine\", \"roles\": [\"admin\"]}")
			.expectStatus()
			.isForbidden();
		this.api.client()
			.get()
			.uri("/api/admin/keys")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cordon\"");
	}

	@Test
	void theBootstrapAdminKeyWorksAndTheDevKeysDoNotExist() {
		this.api.get("/api/admin/keys", GatewayApi.BOOTSTRAP_KEY).expectStatus().isOk();

		for (String devKey : List.of("dev-admin-key", "dev-operator-key", "dev-viewer-key", "dev-auditor-key",
				"dev-checkpoint-key")) {
			this.api.get("/api/checkpoints", devKey).expectStatus().isUnauthorized();
		}
		assertThat(this.database.sql("select count(*) as n from api_keys where origin like 'dev:%'")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
	}

	private long keysInForce() {
		return this.database.sql("select count(*) as n from api_keys where revoked_at is null")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
