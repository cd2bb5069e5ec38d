package org.cordon.gateway.access.domain;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cordon.platform.rules.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest {

	private static final String SCOPED = "9a3b5f0e-3c1d-4c6b-9a53-1d2f6c1e8b70";

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /api/checkpoints                                 | admin      | GRANTED
			POST   | /api/checkpoints                                 | viewer     | FORBIDDEN
			POST   | /api/checkpoints                                 | checkpoint | FORBIDDEN
			GET    | /api/checkpoints                                 | viewer     | GRANTED
			GET    | /api/checkpoints                                 | auditor    | GRANTED
			GET    | /api/checkpoints                                 | admin      | GRANTED
			GET    | /api/checkpoints                                 | operator   | FORBIDDEN
			GET    | /api/checkpoints                                 | checkpoint | FORBIDDEN
			POST   | /api/checkpoints/%s/counts                       | checkpoint | GRANTED
			POST   | /api/checkpoints/%s/counts/batch                 | checkpoint | GRANTED
			POST   | /api/checkpoints/%s/turnbacks                    | admin      | GRANTED
			POST   | /api/checkpoints/%s/fevers                       | operator   | FORBIDDEN
			GET    | /api/checkpoints/%s/counts                       | checkpoint | FORBIDDEN
			GET    | /api/views/checkpoints/summary                   | viewer     | GRANTED
			GET    | /api/views/quarantine/summary                    | auditor    | GRANTED
			GET    | /api/views/bulletin                              | admin      | GRANTED
			GET    | /api/views/supplies/stock                        | operator   | FORBIDDEN
			GET    | /api/views/supplies/stock                        | checkpoint | FORBIDDEN
			POST   | /api/views/supplies/stock                        | viewer     | FORBIDDEN
			GET    | /api/stream                                      | viewer     | GRANTED
			GET    | /api/stream                                      | operator   | FORBIDDEN
			GET    | /api/audit/events                                | auditor    | GRANTED
			GET    | /api/audit/events                                | admin      | GRANTED
			GET    | /api/audit/events                                | viewer     | FORBIDDEN
			POST   | /api/admin/views/rebuild                         | admin      | GRANTED
			POST   | /api/admin/views/rebuild                         | auditor    | FORBIDDEN
			GET    | /api/admin/views/verify                          | viewer     | FORBIDDEN
			GET    | /api/admin/keys                                  | admin      | GRANTED
			POST   | /api/admin/keys                                  | operator   | FORBIDDEN
			DELETE | /api/admin/users/someone                         | admin      | GRANTED
			POST   | /api/persons                                     | operator   | GRANTED
			GET    | /api/persons                                     | operator   | GRANTED
			GET    | /api/persons/%s                                  | viewer     | FORBIDDEN
			POST   | /api/persons/%s/release                          | admin      | GRANTED
			POST   | /api/supplies/issues                             | operator   | GRANTED
			POST   | /api/supplies/issues                             | viewer     | FORBIDDEN
			GET    | /api/inspections/issues                          | operator   | GRANTED
			GET    | /api/inspections/issues                          | viewer     | FORBIDDEN
			GET    | /api/unknown                                     | viewer     | FORBIDDEN
			GET    | /api/unknown                                     | admin      | GRANTED
			GET    | /actuator/info                                   | operator   | FORBIDDEN
			GET    | /actuator/info                                   | admin      | GRANTED
			GET    | /                                                | viewer     | GRANTED
			GET    | /                                                | operator   | GRANTED
			GET    | /                                                | auditor    | GRANTED
			POST   | /                                                | viewer     | FORBIDDEN
			GET    | /dashboard/main.js                               | viewer     | GRANTED
			GET    | /dashboard/dashboard.css                         | operator   | GRANTED
			PUT    | /dashboard/main.js                               | viewer     | FORBIDDEN
			GET    | /api/me                                          | viewer     | GRANTED
			GET    | /api/me                                          | checkpoint | GRANTED
			GET    | /api/me                                          | operator   | GRANTED
			POST   | /api/me                                          | operator   | FORBIDDEN
			GET    | /api/me/more                                     | viewer     | FORBIDDEN
			POST   | /api/admin/users                                 | admin      | GRANTED
			GET    | /api/admin/users                                 | operator   | FORBIDDEN
			""")
	void eachPathNeedsItsRole(String method, String path, String role, Access.Verdict verdict) {
		Identity caller = new Identity("key:test", "test", Set.of(Role.fromWireName(role).orElseThrow()),
				role.equals("checkpoint") ? Set.of("*") : Set.of());

		assertThat(AccessRules.decide(method, path.formatted(UUID.randomUUID()), caller).verdict()).isEqualTo(verdict);
	}

	@ParameterizedTest
	@CsvSource({ "GET,/api/checkpoints", "POST,/api/checkpoints/" + SCOPED + "/counts", "GET,/api/views/x",
			"GET,/api/admin/keys", "GET,/actuator/info", "GET,/actuator", "GET,/api/me", "GET,/",
			"GET,/dashboard/main.js" })
	void withoutAKeyEveryApiPathIsUnauthenticated(String method, String path) {
		assertThat(AccessRules.decide(method, path, null)).isEqualTo(Access.unauthenticated());
	}

	@ParameterizedTest
	@CsvSource({ "GET,/actuator/health", "GET,/actuator/health/readiness", "HEAD,/actuator/health", "GET,/v3/api-docs",
			"GET,/v3/api-docs.yaml", "GET,/swagger-ui.html", "GET,/swagger-ui/cordon-initializer.js",
			"GET,/webjars/swagger-ui/5.34.1/swagger-ui.css" })
	void healthAndTheApiDocumentationNeedNoKey(String method, String path) {
		assertThat(AccessRules.decide(method, path, null).isGranted()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "GET,/login", "GET,/login/login.css", "POST,/login", "POST,/logout", "POST,//login" })
	void theLoginFormItsStyleAndLoggingInAndOutNeedNoCredentials(String method, String path) {
		assertThat(AccessRules.decide(method, path, null).isGranted()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "DELETE,/login", "PUT,/logout", "POST,/login/login.css", "POST,/login/other" })
	void nothingElseAboutTheLoginIsOpen(String method, String path) {
		assertThat(AccessRules.decide(method, path, null).isGranted()).isFalse();
	}

	@Test
	void openPathsAreOpenForReadingOnly() {
		assertThat(AccessRules.decide("POST", "/actuator/health", null).verdict())
			.isEqualTo(Access.Verdict.UNAUTHENTICATED);
		assertThat(AccessRules.decide("DELETE", "/v3/api-docs", null).verdict())
			.isEqualTo(Access.Verdict.UNAUTHENTICATED);
	}

	@Test
	void aCheckpointKeyPostsOnlyForTheCheckpointsInItsScope() {
		Identity scoped = checkpointKey(SCOPED);

		assertThat(AccessRules.decide("POST", "/api/checkpoints/" + SCOPED + "/counts", scoped).isGranted()).isTrue();
		Access other = AccessRules.decide("POST", "/api/checkpoints/" + UUID.randomUUID() + "/counts", scoped);
		assertThat(other.verdict()).isEqualTo(Access.Verdict.FORBIDDEN);
		assertThat(other.reason()).startsWith("This key may not post for checkpoint ");
	}

	@Test
	void theScopeIsComparedWithTheIdTheServiceWillRead() {
		Identity scoped = checkpointKey(SCOPED);

		assertThat(
				AccessRules.decide("POST", "/api/checkpoints/" + SCOPED.toUpperCase() + "/counts", scoped).isGranted())
			.isTrue();
		assertThat(AccessRules.decide("POST", "/api/checkpoints/not-a-uuid/counts", scoped).isGranted()).isFalse();
		assertThat(AccessRules.decide("POST", "/api/checkpoints/not-a-uuid/counts", checkpointKey("*")).isGranted())
			.isTrue();
	}

	@Test
	void emptySegmentsDoNotChangeWhatAPathNeeds() {
		Identity viewer = new Identity("key:v", "v", Set.of(Role.VIEWER), Set.of());

		assertThat(AccessRules.decide("GET", "//api//admin/keys", viewer).verdict())
			.isEqualTo(Access.Verdict.FORBIDDEN);
		assertThat(AccessRules.decide("GET", "/api/views/checkpoints/summary/", viewer).isGranted()).isTrue();
	}

	@Test
	void anEncodedPathIsUnknownAndSoNeedsAdmin() {
		Identity viewer = new Identity("key:v", "v", Set.of(Role.VIEWER), Set.of());

		assertThat(AccessRules.decide("GET", "/api/%76iews/checkpoints/summary", viewer).isGranted()).isFalse();
	}

	@Test
	void aKeyWithSeveralRolesHasWhatEachGrants() {
		Identity both = new Identity("key:b", "b", Set.of(Role.CHECKPOINT, Role.VIEWER), Set.of(SCOPED));

		assertThat(AccessRules.decide("GET", "/api/stream", both).isGranted()).isTrue();
		assertThat(AccessRules.decide("POST", "/api/checkpoints/" + SCOPED + "/counts", both).isGranted()).isTrue();
	}

	private static Identity checkpointKey(String scope) {
		return new Identity("key:c", "c", Set.of(Role.CHECKPOINT), Set.of(scope));
	}

}
