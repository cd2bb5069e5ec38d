package org.cordon.gateway.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.cordon.gateway.Browser;
import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;
import org.cordon.gateway.SignedIdentities;
import org.cordon.gateway.Upstream;
import org.cordon.gateway.keys.domain.KeyHashes;
import org.cordon.platform.identity.Caller;
import org.cordon.platform.rules.Role;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class LoginIT {

	private static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger USERS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	GatewayApi api;

	Browser browser;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
		this.browser = new Browser(this.port);
	}

	@Test
	void theLoginPageIsALabelledBilingualFormWithItsCsrfTokenAndNothingFromElsewhere() {
		EntityExchangeResult<String> page = this.browser.client()
			.get()
			.uri("/login")
			.header(HttpHeaders.ACCEPT, Browser.PAGE_ACCEPT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*default-src 'none'.*form-action 'self'.*")
			.expectBody(String.class)
			.returnResult();
		String html = page.getResponseBody();

		assertThat(html).contains("<html lang=\"zh-CN\">", "<label for=\"username\">用户名 <span lang=\"en\">Username",
				"<label for=\"password\">密码 <span lang=\"en\">Password", "id=\"username\" name=\"username\"",
				"id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"",
				"name=\"_csrf\" value=\"", "<form method=\"post\" action=\"/login\">");
		assertThat(html).doesNotContain("http://", "https://", "<script");
		ResponseCookie csrf = page.getResponseCookies().getFirst(Browser.CSRF);
		assertThat(csrf).isNotNull();
		assertThat(csrf.isHttpOnly()).isFalse();
		assertThat(csrf.getSameSite()).isEqualTo("Lax");
		this.browser.client()
			.get()
			.uri("/login/login.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/css");
	}

	@Test
	void aPersonLogsInAndGetsAnHttpOnlySameSiteSessionCookieStoredOnlyAsItsHash() {
		String username = newUser("viewer");

		EntityExchangeResult<Void> answer = this.browser.submitLogin(username, PASSWORD, null);

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/");
		ResponseCookie session = answer.getResponseCookies().getFirst(Browser.SESSION);
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		assertThat(session.getPath()).isEqualTo("/");
		assertThat(session.isSecure()).as("served over http").isFalse();
		assertThat(session.getMaxAge().isNegative()).as("ends with the browser").isTrue();
		assertThat(this.browser.cookies()).as("the pre-login CSRF token is dropped").doesNotContainKey(Browser.CSRF);
		String stored = this.database
			.sql("select string_agg(user_sessions::text, ' ') as rows from user_sessions where username = $1")
			.bind(0, username)
			.map((row) -> row.get("rows", String.class))
			.one()
			.block();
		assertThat(stored).doesNotContain(session.getValue()).contains(sha256(session.getValue()));
		assertThat(lastLogin(username)).isNotNull();
	}

	@Test
	void theSessionReachesAServiceAsThePersonWithTheUsersRolesAndWithoutTheCookie() {
		String username = newUser("viewer", "auditor");
		this.browser.logIn(username, PASSWORD);

		Upstream.Echo echo = this.browser.get("/api/audit/events")
			.expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody();

		Caller caller = SignedIdentities.caller(echo.header(IdentityTokens.HEADER).get(0));
		assertThat(caller.actorId()).isEqualTo("user:" + username);
		assertThat(caller.actorName()).isEqualTo(username);
		assertThat(caller.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.AUDITOR);
		assertThat(caller.checkpoints()).isEmpty();
		assertThat(echo.headers().toString()).doesNotContain(this.browser.cookie(Browser.SESSION))
			.doesNotContain(Browser.SESSION);
		this.browser.get("/api/me")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.actor")
			.isEqualTo("user:" + username)
			.jsonPath("$.roles")
			.isEqualTo(List.of("viewer", "auditor"));
	}

	@Test
	void theSameRolesApplyToAPersonAsToAKey() {
		String username = newUser("viewer");
		this.browser.logIn(username, PASSWORD).load("/api/me");

		this.browser.get("/api/checkpoints").expectStatus().isOk();
		this.browser.write("POST", "/api/checkpoints", "{}", true)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This needs the role admin.");
		this.browser.get("/api/admin/users").expectStatus().isForbidden();
	}

	@Test
	void aFailedLoginGoesBackToTheFormWithoutSayingWhetherTheUsernameExists() {
		String username = newUser("viewer");

		EntityExchangeResult<Void> wrongPassword = this.browser.submitLogin(username, "not the password", null);
		EntityExchangeResult<Void> noSuchUser = this.browser.submitLogin("nobody-" + UUID.randomUUID(), PASSWORD, null);
		EntityExchangeResult<Void> blank = this.browser.submitLogin("", "", null);

		for (EntityExchangeResult<Void> failed : List.of(wrongPassword, noSuchUser, blank)) {
			assertThat(failed.getStatus().value()).isEqualTo(303);
			assertThat(failed.getResponseHeaders().getLocation()).hasToString("/login?error");
			assertThat(failed.getResponseCookies()).doesNotContainKey(Browser.SESSION);
		}
		assertThat(this.browser.cookies()).doesNotContainKey(Browser.SESSION);
		this.browser.navigate("/login?error")
			.expectBody(String.class)
			.value((html) -> assertThat(html)
				.contains("role=\"alert\"", "登录失败", "check the username and password, or try again in a few minutes")
				.doesNotContain(username));
	}

	@Test
	void theLoginGoesOnToThePageThePersonWantedButOnlyOnThisSite() {
		String username = newUser("viewer");

		EntityExchangeResult<Void> bulletin = this.browser.submitLogin(username, PASSWORD,
				"/api/views/bulletin?date=2020-02-04");
		EntityExchangeResult<Void> elsewhere = new Browser(this.port).submitLogin(username, PASSWORD,
				"https://elsewhere.example/login");
		EntityExchangeResult<Void> failedButRemembered = new Browser(this.port).submitLogin(username, "wrong password",
				"/dashboard?region=临河区");

		assertThat(bulletin.getResponseHeaders().getLocation()).hasToString("/api/views/bulletin?date=2020-02-04");
		assertThat(elsewhere.getResponseHeaders().getLocation()).hasToString("/");
		assertThat(failedButRemembered.getResponseHeaders().getLocation().toString())
			.startsWith("/login?error&continue=%2Fdashboard%3Fregion%3D");
	}

	@Test
	void aLoginFormWithoutItsCsrfTokenLogsNobodyIn() {
		String username = newUser("viewer");
		this.browser.openLoginForm();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", username);
		form.add("password", PASSWORD);

		EntityExchangeResult<Void> withoutToken = this.browser.postForm("/login", form);
		form.add("_csrf", "forged-token");
		EntityExchangeResult<Void> forgedToken = this.browser.postForm("/login", form);

		for (EntityExchangeResult<Void> refused : List.of(withoutToken, forgedToken)) {
			assertThat(refused.getStatus().value()).isEqualTo(303);
			assertThat(refused.getResponseHeaders().getLocation()).hasToString("/login?error");
		}
		assertThat(this.browser.cookies()).doesNotContainKey(Browser.SESSION);
		assertThat(lastLogin(username)).isNull();
	}

	@Test
	void aBrowsersWriteNeedsTheCsrfTokenAndPassesWithIt() {
		String username = newUser("admin");
		this.browser.logIn(username, PASSWORD);
		// the first request after the login brings a fresh XSRF-TOKEN cookie for the page
		this.browser.load("/api/me");
		assertThat(this.browser.cookies()).containsKey(Browser.CSRF);
		String requestId = UUID.randomUUID().toString();

		this.browser.client()
			.post()
			.uri("/api/checkpoints")
			.cookie(Browser.SESSION, this.browser.cookie(Browser.SESSION))
			.cookie(Browser.CSRF, this.browser.cookie(Browser.CSRF))
			.header(Upstream.REQUEST_ID, requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:cordon:problem:forbidden")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("X-XSRF-TOKEN"));
		this.browser.client()
			.post()
			.uri("/api/checkpoints")
			.cookie(Browser.SESSION, this.browser.cookie(Browser.SESSION))
			.cookie(Browser.CSRF, this.browser.cookie(Browser.CSRF))
			.header("X-XSRF-TOKEN", "another-token")
			.header(Upstream.REQUEST_ID, requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(Upstream.arrivals(requestId)).isZero();

		Upstream.Echo echo = this.browser.write("POST", "/api/checkpoints", "{}", true)
			.expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody();
		assertThat(echo.method()).isEqualTo("POST");
		assertThat(echo.headers()).doesNotContainKey("x-xsrf-token");
		this.browser.write("DELETE", "/api/admin/users/nobody-" + UUID.randomUUID(), "{}", true)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aKeysWriteNeedsNoCsrfTokenEvenBesideASessionCookie() {
		String username = newUser("viewer");
		this.browser.logIn(username, PASSWORD);

		this.api.post("/api/checkpoints", GatewayApi.BOOTSTRAP_KEY, "{}").expectStatus().isOk();
		Upstream.Echo echo = this.api.client()
			.post()
			.uri("/api/checkpoints")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + GatewayApi.BOOTSTRAP_KEY)
			.cookie(Browser.SESSION, this.browser.cookie(Browser.SESSION))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Upstream.Echo.class)
			.returnResult()
			.getResponseBody();
		assertThat(SignedIdentities.caller(echo.header(IdentityTokens.HEADER).get(0)).actorName())
			.as("the key is the caller, not the session")
			.isEqualTo("bootstrap admin");
	}

	@Test
	void loggingOutEndsTheSessionEvenForACopyOfTheCookie() {
		String username = newUser("viewer");
		this.browser.logIn(username, PASSWORD).load("/api/me");
		String session = this.browser.cookie(Browser.SESSION);

		this.browser.client()
			.post()
			.uri("/logout")
			.cookie(Browser.SESSION, session)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.browser.get("/api/me").expectStatus().isOk();

		EntityExchangeResult<Void> out = this.browser.logOut();

		assertThat(out.getStatus().value()).isEqualTo(303);
		assertThat(out.getResponseHeaders().getLocation()).hasToString("/login?logout");
		assertThat(out.getResponseCookies().getFirst(Browser.SESSION).getMaxAge()).isZero();
		assertThat(this.browser.cookies()).doesNotContainKey(Browser.SESSION);
		this.browser.client()
			.get()
			.uri("/api/me")
			.cookie(Browser.SESSION, session)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.browser.navigate("/login?logout")
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("role=\"status\"", "You have logged out."));
	}

	@Test
	void fiveFailuresLockTheUsernameEvenAgainstTheRightPasswordUntilTheLockEnds() {
		String username = newUser("viewer");

		for (int i = 0; i < 5; i++) {
			assertThat(
					this.browser.submitLogin(username, "wrong password " + i, null).getResponseHeaders().getLocation())
				.hasToString("/login?error");
		}
		Instant lockedUntil = this.database.sql("select locked_until from users where username = $1")
			.bind(0, username)
			.map((row) -> row.get("locked_until", Instant.class))
			.one()
			.block();
		assertThat(lockedUntil).isAfter(Instant.now());

		EntityExchangeResult<Void> whileLocked = this.browser.submitLogin(username, PASSWORD, null);

		assertThat(whileLocked.getResponseHeaders().getLocation()).as("answered like any failed login")
			.hasToString("/login?error");
		assertThat(this.browser.cookies()).doesNotContainKey(Browser.SESSION);
		// the test gateway locks for 5 s (cordon.gateway.login.lock-period)
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(
					this.browser.submitLogin(username, PASSWORD, null).getResponseHeaders().getLocation())
				.hasToString("/"));
	}

	@Test
	void withoutCredentialsTheApiAnswers401AndAPageSendsTheBrowserToTheLoginForm() {
		this.browser.navigate("/api/views/checkpoints/summary")
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.browser.get("/").expectStatus().isUnauthorized();
		this.api.client()
			.post()
			.uri("/api/checkpoints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();

		this.browser.navigate("/").expectStatus().isFound().expectHeader().location("/login?continue=%2F");
		this.browser.navigate("/dashboard?region=linhe")
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login?continue=%2Fdashboard%3Fregion%3Dlinhe");
	}

	@Test
	void aSessionIsOverAfterThirtyQuietMinutesAndEightHoursAfterTheLoginAtTheLatest() {
		String idle = newUser("viewer");
		String old = newUser("viewer");
		Browser idleBrowser = new Browser(this.port).logIn(idle, PASSWORD);
		Browser oldBrowser = new Browser(this.port).logIn(old, PASSWORD);
		idleBrowser.get("/api/me").expectStatus().isOk();
		oldBrowser.get("/api/me").expectStatus().isOk();

		// what time does to the rows: one quiet for 31 minutes, one begun 8 hours ago and
		// busy since
		this.database.sql("update user_sessions set last_seen_at = now() - interval '31 minutes' where username = $1")
			.bind(0, idle)
			.fetch()
			.rowsUpdated()
			.block();
		this.database
			.sql("update user_sessions set created_at = now() - interval '8 hours', expires_at = now()"
					+ " where username = $1")
			.bind(0, old)
			.fetch()
			.rowsUpdated()
			.block();

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			idleBrowser.get("/api/me").expectStatus().isUnauthorized();
			oldBrowser.get("/api/me").expectStatus().isUnauthorized();
		});
	}

	@Test
	void anEndedOrMadeUpSessionCookieIsRemovedAndTheRequestIsUnauthenticated() {
		this.browser.setCookie(Browser.SESSION, "made-up-session-id");

		EntityExchangeResult<byte[]> answer = this.browser.get("/api/me")
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult();

		assertThat(answer.getResponseCookies().getFirst(Browser.SESSION).getMaxAge()).isZero();
		this.browser.navigate("/").expectStatus().isFound();
	}

	@Test
	void theLiveStreamWorksWithTheSessionCookieAlone() {
		String username = newUser("viewer");
		this.browser.logIn(username, PASSWORD);

		List<String> events = this.browser.client()
			.get()
			.uri("/api/stream?views=checkpoints")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.cookie(Browser.SESSION, this.browser.cookie(Browser.SESSION))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody()
			.take(2)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(events).hasSize(2);
	}

	@Test
	void passwordsAndSessionIdsNeverReachTheLogButLoginsDo(CapturedOutput output) {
		String username = newUser("viewer");
		String wrong = "a wrong password " + UUID.randomUUID();
		this.browser.submitLogin(username, wrong, null);
		this.browser.logIn(username, PASSWORD).load("/api/me");
		String session = this.browser.cookie(Browser.SESSION);
		this.browser.logOut();

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getAll()).contains("Login of user " + username + " from")
				.contains("Login from", "failed for user " + username + ": wrong password")
				.contains("user:" + username + " logged out"));
		assertThat(output.getAll()).doesNotContain(PASSWORD, wrong, session);
	}

	private String newUser(String... roles) {
		String username = "person-" + USERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.api.createUser(username, PASSWORD, roles);
		return username;
	}

	private Instant lastLogin(String username) {
		return this.database.sql("select last_login_at from users where username = $1")
			.bind(0, username)
			.map((row) -> Optional.ofNullable(row.get("last_login_at", Instant.class)))
			.one()
			.block()
			.orElse(null);
	}

	private static String sha256(String value) {
		return KeyHashes.sha256(value);
	}

}
