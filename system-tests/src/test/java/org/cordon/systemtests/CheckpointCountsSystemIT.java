package org.cordon.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A checkpoint's day, end to end through the gateway: an admin registers the checkpoint
 * and issues it a scoped key; the checkpoint posts, repeats, corrects and errs; a viewer
 * reads the summary and watches the change arrive on the live stream.
 */
class CheckpointCountsSystemIT {

	static final Instant FEB_4 = Instant.parse("2020-02-03T16:00:00Z");

	static final Instant FEB_5 = Instant.parse("2020-02-04T16:00:00Z");

	static Gateway gateway;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
	}

	@Test
	void aCheckpointPostsItsCountsAndAViewerSeesThemInTheSummaryAndOnTheStream() {
		UUID checkpoint = UUID.randomUUID();
		post("/api/checkpoints", "dev-admin-key", """
				{"checkpointId": "%s", "name": "G6京藏高速临河出口", "region": "临河区", "kind": "HIGHWAY_EXIT"}"""
			.formatted(checkpoint)).expectStatus().isCreated();
		String scopedKey = issueCheckpointKey(checkpoint);
		List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
		Disposable stream = gateway.watch("checkpoints", events);
		try {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> events.stream().anyMatch((e) -> "snapshot".equals(e.event())));

			String report = report(UUID.randomUUID(), 0);
			post(countsPath(checkpoint), scopedKey, report).expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("ACCEPTED");
			post(countsPath(checkpoint), scopedKey, report).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DUPLICATE");
			post(countsPath(checkpoint), scopedKey, report(UUID.randomUUID(), 8)).expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("CORRECTED")
				.jsonPath("$.revision")
				.isEqualTo(2);
			post(countsPath(checkpoint), scopedKey,
					report(UUID.randomUUID(), 0).replace("\"vehiclesInbound\": 686", "\"vehiclesInbound\": 99999"))
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("vehiclesInbound");
			post(countsPath(UUID.randomUUID()), scopedKey, report(UUID.randomUUID(), 0)).expectStatus().isForbidden();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> gateway
					.get("/api/views/checkpoints/summary?from=2020-02-04&to=2020-02-04&checkpointId=" + checkpoint,
							"dev-viewer-key")
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.days")
					.isEqualTo(1)
					.jsonPath("$.totals.vehiclesInspected")
					.isEqualTo(1056)
					.jsonPath("$.totals.personsChecked")
					.isEqualTo(2843)
					.jsonPath("$.totals.length()")
					.isEqualTo(9)
					.jsonPath("$.byCheckpoint[0].checkpointId")
					.isEqualTo(checkpoint.toString()));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> events.stream()
					.anyMatch((e) -> "checkpoints".equals(e.event()) && e.data() != null
							&& e.data().contains(checkpoint.toString()) && e.data().contains("1056")));
		}
		finally {
			stream.dispose();
		}
	}

	@Test
	void aRevokedKeyIsRefused() {
		UUID checkpoint = UUID.randomUUID();
		post("/api/checkpoints", "dev-admin-key", """
				{"checkpointId": "%s", "name": "临河区城市入口", "region": "临河区", "kind": "CITY_ENTRANCE"}"""
			.formatted(checkpoint)).expectStatus().isCreated();
		Map<String, Object> created = createKey(checkpoint);
		String key = (String) created.get("key");
		post(countsPath(checkpoint), key, report(UUID.randomUUID(), 0)).expectStatus().isAccepted();

		gateway.delete()
			.uri("/api/admin/keys/" + created.get("keyId"))
			.header("Authorization", "Bearer dev-admin-key")
			.exchange()
			.expectStatus()
			.isNoContent();

		await().atMost(Duration.ofSeconds(6))
			.untilAsserted(() -> post(countsPath(checkpoint), key, report(UUID.randomUUID(), 1)).expectStatus()
				.isUnauthorized());
	}

	@Test
	void anIdentityHeaderSentByAClientIsIgnored() {
		String forgedAdmin = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrZXk6Zm9yZ2VkIiwicm9sZXMiOlsiYWRtaW4iXX0.c2lnbmF0dXJl";

		gateway.post()
			.uri("/api/checkpoints")
			.header("Authorization", "Bearer dev-viewer-key")
			.header("X-Cordon-Identity", forgedAdmin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"checkpointId": "%s", "name": "x", "region": "y", "kind": "VILLAGE"}"""
				.formatted(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private static String issueCheckpointKey(UUID checkpoint) {
		return (String) createKey(checkpoint).get("key");
	}

	private static Map<String, Object> createKey(UUID checkpoint) {
		Map<String, Object> created = post("/api/admin/keys", "dev-admin-key",
				"""
						{"name": "gate %s", "roles": ["checkpoint"], "checkpoints": ["%s"]}""".formatted(checkpoint,
						checkpoint))
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(created).containsKeys("keyId", "key");
		return created;
	}

	private static WebTestClient.ResponseSpec post(String path, String key, String json) {
		return gateway.post(path, key, json);
	}

	private static String countsPath(UUID checkpoint) {
		return "/api/checkpoints/" + checkpoint + "/counts";
	}

	private static String report(UUID reportId, int extra) {
		return """
				{"reportId": "%s", "periodStart": "%s", "periodEnd": "%s",
				 "vehiclesInspected": %d, "vehiclesInbound": 686, "vehiclesTurnedBack": 126,
				 "personsChecked": 2843, "personsInbound": 1651, "personsTurnedBack": 17,
				 "trains": 21, "trainPassengersArrived": 338, "feverDetected": 0}""".formatted(reportId, FEB_4, FEB_5,
				1048 + extra);
	}

}
