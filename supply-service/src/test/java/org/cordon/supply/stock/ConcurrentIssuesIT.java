package org.cordon.supply.stock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many operators issue the last of an item at once: the database decides, stock never
 * goes negative, and exactly the issues that fit are booked and announced.
 */
class ConcurrentIssuesIT extends SupplyIntegrationTest {

	static final String CITY = "市防疫物资储备库";

	@Test
	void fiftyConcurrentIssuesOfOneAgainstTwentyInStockBookExactlyTwenty() {
		String sku = this.api.defineItem("MASK", 5);
		this.api.receive(sku, CITY, 20);

		List<UUID> ids = Stream.generate(UUID::randomUUID).limit(50).toList();

		Map<Integer, Long> answers = issueAtOnce(sku, ids, "FEVER_CLINIC");

		assertThat(answers).containsOnly(Map.entry(201, 20L), Map.entry(409, 30L));
		assertThat(this.api.onHand(sku, CITY)).isZero();
		assertThat(this.api.count("select count(distinct balance) from stock_ledger where sku = $1 and kind = 'ISSUE'",
				sku))
			.isEqualTo(20);
		assertThat(this.api.count("select min(balance) from stock_ledger where sku = $1", sku)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = any($1::uuid[])",
				(Object) ids.stream().map(UUID::toString).toArray(String[]::new)))
			.as("only the booked issues keep their id")
			.isEqualTo(20);
		List<String> types = this.api.typesPublishedFor(sku);
		assertThat(types.stream().filter("SupplyIssued.v1"::equals)).hasSize(20);
		assertThat(types.stream().filter("StockLow.v1"::equals)).hasSize(1);
		assertThat(this.api.published(sku, "StockLow.v1").get(0).get("onHand").asLong()).isEqualTo(4);
	}

	@Test
	void fiftyConcurrentCommunityIssuesLeaveTheReserveForFeverClinics() {
		String sku = this.api.defineItem("SUIT", 5);
		this.api.receive(sku, CITY, 20);

		Map<Integer, Long> answers = issueAtOnce(sku, Stream.generate(UUID::randomUUID).limit(50).toList(),
				"COMMUNITY");

		assertThat(answers).containsOnly(Map.entry(201, 15L), Map.entry(409, 35L));
		assertThat(this.api.onHand(sku, CITY)).isEqualTo(5);
		List<String> types = this.api.typesPublishedFor(sku);
		assertThat(types.stream().filter("SupplyIssued.v1"::equals)).hasSize(15);
		assertThat(types).doesNotContain("StockLow.v1");
	}

	private Map<Integer, Long> issueAtOnce(String sku, List<UUID> ids, String priority) {
		WebClient client = WebClient.create("http://localhost:" + this.port);
		String operator = IdentityTokens.operator();
		List<Integer> statuses = Flux.fromIterable(ids)
			.flatMap(
					(id) -> client.post()
						.uri(SupplyApi.ISSUES)
						.header(IdentityTokens.HEADER, operator)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(SupplyApi.issue(id, sku, 1, CITY, "发热门诊", priority))
						.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())),
					ids.size())
			.collectList()
			.block(Duration.ofSeconds(120));
		return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
