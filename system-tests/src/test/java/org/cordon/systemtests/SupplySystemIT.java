package org.cordon.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Supplies end to end through the gateway: stock that many issue at once never goes
 * negative, donations that add up to the fen, and bad input that changes nothing.
 */
class SupplySystemIT {

	static final String OPERATOR = "dev-operator-key";

	static final String VIEWER = "dev-viewer-key";

	static final String TOPIC = "supply.events";

	static Gateway gateway;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
	}

	@Test
	void fiftyConcurrentIssuesOfOneUnitAgainstTwentyInStockLeaveExactlyTwentyIssuedAndOneStockLow() {
		String sku = "MASK-N95-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		gateway.post("/api/supplies/items", OPERATOR, """
				{"sku": "%s", "name": "N95口罩", "unit": "只", "lowStockThreshold": 10}""".formatted(sku))
			.expectStatus()
			.isCreated();
		gateway.post("/api/supplies/receipts", OPERATOR, """
				{"receiptId": "%s", "sku": "%s", "quantity": 20, "warehouse": "市防控物资储备库",
				 "source": "PURCHASE", "orderId": null}""".formatted(UUID.randomUUID(), sku))
			.expectStatus()
			.isCreated();

		Map<Integer, Long> answers = Flux.range(0, 50)
			.flatMap((i) -> issueOne(sku), 50)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.block(Duration.ofSeconds(60));

		assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(201, 20L, 409, 30L));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> gateway.get("/api/views/supplies/stock", VIEWER)
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.sku == '%s')].onHand".formatted(sku))
				.isEqualTo(List.of(0))
				.jsonPath("$[?(@.sku == '%s')].issued".formatted(sku))
				.isEqualTo(List.of(20))
				.jsonPath("$[?(@.sku == '%s')].received".formatted(sku))
				.isEqualTo(List.of(20))
				.jsonPath("$[?(@.sku == '%s')].lowStock".formatted(sku))
				.isEqualTo(List.of(true)));
		List<ConsumerRecord<String, byte[]>> published = TopicRecords.readKey(gateway.kafkaBootstrap(), TOPIC, sku);
		Map<String, Long> byType = published.stream()
			.collect(Collectors.groupingBy((r) -> TopicRecords.header(r, "ce_type"), Collectors.counting()));
		assertThat(byType).containsEntry("cordon.supply.SupplyIssued.v1", 20L)
			.containsEntry("cordon.supply.StockLow.v1", 1L);
	}

	@Test
	void donationsAreSummedExactly() {
		for (String amount : List.of("416.1696", "29.1712", "87.5118")) {
			gateway
				.post("/api/supplies/donations", OPERATOR,
						"""
								{"donationId": "%s", "donor": "巴彦淖尔市慈善总会", "kind": "CASH", "amountYuan": "%s"}"""
							.formatted(UUID.randomUUID(), amount))
				.expectStatus()
				.isCreated();
		}

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> gateway.get("/api/views/supplies/donations", VIEWER)
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.total")
				.isEqualTo("532.8526")
				.jsonPath("$.byKind.CASH")
				.isEqualTo("532.8526"));
	}

	@Test
	void badInputIsRefusedAsAProblemAndChangesNothing() {
		String sku = "ALCOHOL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		gateway.post("/api/supplies/items", OPERATOR, """
				{"sku": "%s", "name": "医用酒精", "unit": "kg", "lowStockThreshold": 100}""".formatted(sku))
			.expectStatus()
			.isCreated();
		String receipt = """
				{"receiptId": "%s", "sku": "%s", "quantity": %s, "warehouse": "市防控物资储备库", "source": "DONATION"}""";
		String issue = """
				{"issueId": "%s", "sku": "%s", "quantity": 1, "warehouse": "市防控物资储备库",
				 "recipient": "临河区发热门诊", "priority": "%s"}""";
		List<String> refusedIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());

		assertProblem(gateway.post("/api/supplies/receipts", OPERATOR, receipt.formatted(refusedIds.get(0), sku, "0")));
		assertProblem(
				gateway.post("/api/supplies/receipts", OPERATOR, receipt.formatted(refusedIds.get(1), sku, "-5")));
		assertProblem(gateway.post("/api/supplies/receipts", OPERATOR,
				receipt.formatted(refusedIds.get(2), "NO-SUCH-SKU-" + sku, "5")));
		assertProblem(gateway.post("/api/supplies/issues", OPERATOR,
				issue.formatted(refusedIds.get(3), sku, "WHOEVER_ASKS_FIRST")));
		assertProblem(gateway.post("/api/supplies/donations", OPERATOR, """
				{"donationId": "%s", "donor": "某企业", "kind": "CASH", "amountYuan": "10.12345"}"""
			.formatted(refusedIds.get(4))));

		gateway.get("/api/views/supplies/stock", VIEWER)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.sku == '%s')].received".formatted(sku))
			.isEqualTo(List.of(0));
		List<String> values = TopicRecords.readAll(gateway.kafkaBootstrap(), TOPIC)
			.stream()
			.map(TopicRecords::value)
			.toList();
		assertThat(values).noneMatch((value) -> refusedIds.stream().anyMatch(value::contains));
	}

	private static void assertProblem(WebTestClient.ResponseSpec answer) {
		answer.expectStatus()
			.is4xxClientError()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.value((status) -> assertThat((Integer) status).isBetween(400, 499));
	}

	private static Mono<Integer> issueOne(String sku) {
		return WebClient.create(gateway.url())
			.post()
			.uri("/api/supplies/issues")
			.header("Authorization", "Bearer " + OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"issueId": "%s", "sku": "%s", "quantity": 1, "warehouse": "市防控物资储备库",
					 "recipient": "临河区发热门诊", "priority": "FEVER_CLINIC"}""".formatted(UUID.randomUUID(), sku))
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode()))
			.map(HttpStatusCode::value);
	}

}
