package org.cordon.gateway.docs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentTest {

	/** Every path of API.md, and the gateway's own {@code /api/me}. */
	static final List<String> PUBLIC_PATHS = List.of("/api/checkpoints", "/api/checkpoints/{checkpointId}/counts",
			"/api/checkpoints/{checkpointId}/counts/batch", "/api/checkpoints/{checkpointId}/turnbacks",
			"/api/checkpoints/{checkpointId}/fevers", "/api/persons", "/api/persons/{personId}",
			"/api/persons/{personId}/isolation", "/api/persons/{personId}/temperatures",
			"/api/persons/{personId}/release", "/api/persons/{personId}/suspect", "/api/persons/{personId}/confirm",
			"/api/persons/{personId}/transfer", "/api/persons/{personId}/contacts", "/api/supplies/items",
			"/api/supplies/orders", "/api/supplies/receipts", "/api/supplies/issues", "/api/supplies/donations",
			"/api/supplies/prices", "/api/inspections/issues", "/api/inspections/issues/{issueId}/rectification",
			"/api/inspections/accountability", "/api/views/checkpoints/summary", "/api/views/quarantine/summary",
			"/api/views/supplies/stock", "/api/views/supplies/donations", "/api/views/supplies/prices",
			"/api/views/inspections/ledger", "/api/views/bulletin", "/api/stream", "/api/audit/events",
			"/api/admin/views/rebuild", "/api/admin/views/rebuild/{rebuildId}", "/api/admin/views/verify",
			"/api/admin/users", "/api/admin/users/{username}", "/login", "/logout", "/api/admin/keys",
			"/api/admin/keys/{keyId}", "/actuator/health", "/api/me");

	private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

	private final Map<String, Object> document = map(
			JsonMapper.builder().build().readValue(ApiDocument.load(JsonMapper.builder().build()).json(), Map.class));

	@Test
	void everyPathOfTheDesignIsDescribedAndNoOther() {
		assertThat(paths().keySet()).containsExactlyInAnyOrderElementsOf(PUBLIC_PATHS);
	}

	@Test
	void everyOperationNamesItsRolesAndItsAnswers() {
		paths().forEach((path, item) -> map(item).forEach((method, operation) -> {
			if (METHODS.contains(method)) {
				Map<String, Object> op = map(operation);
				assertThat(op).as(method + " " + path).containsKeys("x-cordon-roles", "responses", "summary");
				assertThat(map(op.get("responses"))).as(method + " " + path).isNotEmpty();
			}
		}));
	}

	@Test
	void datesStayTextAndYamlDoesNotTurnOnIntoABoolean() {
		Map<String, Object> schemas = map(map(this.document.get("components")).get("schemas"));
		assertThat(map(map(schemas.get("OnDate")).get("properties"))).containsKey("on");
		Map<String, Object> report = map(((List<?>) map(schemas.get("CountReport")).get("allOf")).get(0));
		Map<String, Object> periodStart = map(map(report.get("properties")).get("periodStart"));
		assertThat(periodStart.get("example")).isEqualTo("2020-02-04T00:00:00+08:00");
	}

	@Test
	void everyReferenceResolves() {
		String json = new String(ApiDocument.load(JsonMapper.builder().build()).json(), StandardCharsets.UTF_8);
		Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/(\\w+)/(\\w+)\"").matcher(json);
		Map<String, Object> components = map(this.document.get("components"));
		int found = 0;
		while (refs.find()) {
			found++;
			assertThat(map(components.get(refs.group(1)))).as(refs.group()).containsKey(refs.group(2));
		}
		assertThat(found).isGreaterThan(100);
	}

	private Map<String, Object> paths() {
		return map(this.document.get("paths"));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

}
