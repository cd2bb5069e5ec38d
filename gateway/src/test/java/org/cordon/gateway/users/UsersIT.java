package org.cordon.gateway.users;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.gateway.Browser;
import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class UsersIT {

	private static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger USERS = new AtomicInteger();

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
	void anAdminCreatesAUserWhosePasswordIsStoredOnlyAsABcryptHash() {
		String username = username();
		String password = "the first password " + UUID.randomUUID();

		Map<String, Object> created = this.api
			.post("/api/admin/users", GatewayApi.BOOTSTRAP_KEY,
					"{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [\"operator\", \"viewer\"]}"
						.formatted(username, password))
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(created).containsEntry("username", username)
			.containsEntry("roles", List.of("operator", "viewer"))
			.containsEntry("disabled", false)
			.containsKey("createdAt")
			.doesNotContainKeys("password", "passwordHash", "lastLoginAt");
		String row = this.database.sql("select users::text as row, password_hash from users where username = $1")
			.bind(0, username)
			.map((r) -> r.get("row", String.class) + " | " + r.get("password_hash", String.class))
			.one()
			.block();
		assertThat(row).doesNotContain(password).contains("$2a$12$");
		new Browser(this.port).logIn(username, password);
	}

	@Test
	void theListShowsEveryUserWithoutPasswordData() {
		String username = username();
		this.api.createUser(username, PASSWORD, "auditor");
		new Browser(this.port).logIn(username, PASSWORD);

		this.api.get("/api/admin/users", GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.username == '%s')].roles[0]".formatted(username))
			.isEqualTo("auditor")
			.jsonPath("$[?(@.username == '%s')].disabled".formatted(username))
			.isEqualTo(false)
			.jsonPath("$[?(@.username == '%s')].lastLoginAt".formatted(username))
			.value((at) -> assertThat(at.toString()).matches("\\[\"\\d{4}-.*\"\\]"));
		String json = new String(this.api.get("/api/admin/users", GatewayApi.BOOTSTRAP_KEY)
			.expectBody()
			.returnResult()
			.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(json).contains(username).doesNotContain("password", PASSWORD, "$2a$");
	}

	@Test
	void aTakenUsernameIsAConflictAlsoOnceItsUserIsDisabled() {
		String username = username();
		this.api.createUser(username, PASSWORD, "viewer");
		String again = "{\"username\": \"%s\", \"password\": \"another password\", \"roles\": [\"admin\"]}"
			.formatted(username);

		this.api.post("/api/admin/users", GatewayApi.BOOTSTRAP_KEY, again)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:conflict");
		this.api.delete("/api/admin/users/" + username, GatewayApi.BOOTSTRAP_KEY).expectStatus().isNoContent();
		this.api.post("/api/admin/users", GatewayApi.BOOTSTRAP_KEY, again).expectStatus().isEqualTo(409);
		assertThat(roles(username)).isEqualTo("{viewer}");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"username": "Wang.Li", "password": "correct horse battery", "roles": ["viewer"]}     | username
			{"username": "ab", "password": "correct horse battery", "roles": ["viewer"]}          | username
			{"password": "correct horse battery", "roles": ["viewer"]}                            | username
			{"username": 42, "password": "correct horse battery", "roles": ["viewer"]}            | username
			{"username": "wang.li", "password": "too short", "roles": ["viewer"]}                 | password
			{"username": "wang.li", "roles": ["viewer"]}                                          | password
			{"username": "wang.li", "password": 123456789012, "roles": ["viewer"]}                | password
			{"username": "wang.li", "password": "correct horse battery", "roles": []}             | roles
			{"username": "wang.li", "password": "correct horse battery", "roles": ["checkpoint"]} | roles[0]
			{"username": "wang.li", "password": "correct horse battery", "roles": ["superuser"]}  | roles[0]
			{"username": "wang.li", "password": "correct horse battery", "roles": "viewer"}       | roles
			{"username": "wang.li", "password": "correct horse battery", "roles": ["viewer"], "admin": true} | admin
			""")
	void anInvalidUserIsRefusedNamingTheFieldAndNothingIsStored(String body, String field) {
		long before = users();

		this.api.post("/api/admin/users", GatewayApi.BOOTSTRAP_KEY, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).doesNotContain("correct horse battery"));

		assertThat(users()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminManagesUsersWhetherByKeyOrByLogin() {
		String viewerKey = this.api.issue("not an admin", "viewer").key();
		String person = username();
		this.api.createUser(person, PASSWORD, "operator");
		Browser operator = new Browser(this.port).logIn(person, PASSWORD).load("/api/me");
		String body = "{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [\"admin\"]}".formatted(username(),
				PASSWORD);

		this.api.post("/api/admin/users", viewerKey, body)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:forbidden");
		this.api.get("/api/admin/users", viewerKey).expectStatus().isForbidden();
		this.api.delete("/api/admin/users/" + person, viewerKey).expectStatus().isForbidden();
		operator.write("POST", "/api/admin/users", body, true).expectStatus().isForbidden();
		operator.get("/api/admin/users").expectStatus().isForbidden();
		this.api.client().get().uri("/api/admin/users").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anAdminWhoLoggedInManagesUsersWithTheCsrfToken() {
		String admin = username();
		this.api.createUser(admin, PASSWORD, "admin");
		Browser browser = new Browser(this.port).logIn(admin, PASSWORD).load("/api/me");
		String created = username();

		browser
			.write("POST", "/api/admin/users",
					"{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [\"viewer\"]}".formatted(created,
							PASSWORD),
					true)
			.expectStatus()
			.isCreated();

		assertThat(this.database.sql("select created_by from users where username = $1")
			.bind(0, created)
			.map((row) -> row.get("created_by", String.class))
			.one()
			.block()).isEqualTo("user:" + admin);
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnceAndTheirLogins() {
		String username = username();
		this.api.createUser(username, PASSWORD, "viewer");
		Browser first = new Browser(this.port).logIn(username, PASSWORD);
		Browser second = new Browser(this.port).logIn(username, PASSWORD);
		first.get("/api/checkpoints").expectStatus().isOk();

		this.api.delete("/api/admin/users/" + username, GatewayApi.BOOTSTRAP_KEY).expectStatus().isNoContent();

		first.get("/api/checkpoints").expectStatus().isUnauthorized();
		second.get("/api/me").expectStatus().isUnauthorized();
		assertThat(new Browser(this.port).submitLogin(username, PASSWORD, null).getResponseHeaders().getLocation())
			.hasToString("/login?error");
		assertThat(sessionsOf(username)).isZero();
		this.api.delete("/api/admin/users/" + username, GatewayApi.BOOTSTRAP_KEY).expectStatus().isNoContent();
		this.api.get("/api/admin/users", GatewayApi.BOOTSTRAP_KEY)
			.expectBody()
			.jsonPath("$[?(@.username == '%s')].disabled".formatted(username))
			.isEqualTo(true);
	}

	@Test
	void aUserDisabledOnAnotherReplicaIsRefusedWithinTheLookupCacheTime() {
		String username = username();
		this.api.createUser(username, PASSWORD, "viewer");
		Browser browser = new Browser(this.port).logIn(username, PASSWORD);
		browser.get("/api/checkpoints").expectStatus().isOk();

		// what DELETE on another replica does; this replica only has its lookup cache
		this.database.sql("update users set disabled_at = now(), disabled_by = 'another replica' where username = $1")
			.bind(0, username)
			.fetch()
			.rowsUpdated()
			.block();

		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> browser.get("/api/checkpoints").expectStatus().isUnauthorized());
	}

	@Test
	void disablingAnUnknownUserIs404() {
		this.api.delete("/api/admin/users/nobody-" + UUID.randomUUID(), GatewayApi.BOOTSTRAP_KEY)
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.api.delete("/api/admin/users/Not A Username", GatewayApi.BOOTSTRAP_KEY).expectStatus().isNotFound();
	}

	@Test
	void aDefaultGatewayHasNoDevUsers() {
		assertThat(this.database
			.sql("select count(*) as n from users where username in ('admin', 'operator', 'viewer', 'auditor')"
					+ " or origin = 'dev'")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
		for (String devUser : List.of("admin", "operator", "viewer", "auditor")) {
			assertThat(new Browser(this.port).submitLogin(devUser, devUser, null).getResponseHeaders().getLocation())
				.hasToString("/login?error");
		}
	}

	private static String username() {
		return "user-" + USERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long users() {
		return this.database.sql("select count(*) as n from users")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private long sessionsOf(String username) {
		return this.database.sql("select count(*) as n from user_sessions where username = $1")
			.bind(0, username)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private String roles(String username) {
		return this.database.sql("select roles::text as roles from users where username = $1")
			.bind(0, username)
			.map((row) -> row.get("roles", String.class))
			.one()
			.block();
	}

}
