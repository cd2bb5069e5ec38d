package org.cordon.supply.prices;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class PricesIT extends SupplyIntegrationTest {

	static final String MARKET = "四季青蔬菜批发市场";

	@Test
	void aPriceIsRecordedOncePerMarketCommodityAndDayAndAnnouncedKeyedByCommodity() {
		String cabbage = SupplyApi.newSku("大白菜");

		this.api.operator(SupplyApi.PRICES, SupplyApi.price(MARKET, cabbage, "kg", "\"3.20\"", "2020-02-04"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.market")
			.isEqualTo(MARKET)
			.jsonPath("$.commodity")
			.isEqualTo(cabbage)
			.jsonPath("$.observedOn")
			.isEqualTo("2020-02-04")
			.jsonPath("$.status")
			.isEqualTo("CREATED");
		this.api.operator(SupplyApi.PRICES, SupplyApi.price(MARKET, cabbage, "kg", "\"3.2\"", "2020-02-04"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operator(SupplyApi.PRICES, SupplyApi.price(MARKET, cabbage, "kg", "\"3.3\"", "2020-02-04"))
			.expectStatus()
			.isEqualTo(409);
		this.api.operator(SupplyApi.PRICES, SupplyApi.price(MARKET, cabbage, "斤", "\"3.2\"", "2020-02-04"))
			.expectStatus()
			.isEqualTo(409);
		this.api.operator(SupplyApi.PRICES, SupplyApi.price(MARKET, cabbage, "kg", "\"4.064\"", "2020-02-05"))
			.expectStatus()
			.isCreated();
		this.api.operator(SupplyApi.PRICES, SupplyApi.price("华联超市", cabbage, "kg", "\"3.5\"", "2020-02-04"))
			.expectStatus()
			.isCreated();

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(cabbage);
		assertThat(records).hasSize(3);
		SupplyApi.assertEnvelope(records.get(0), "PriceObserved.v1", cabbage);
		assertThat(TopicRecords.value(records.get(0))).contains("\"priceYuan\":\"3.2\"");
		JsonNode data = SupplyApi.data(records.get(1));
		assertThat(data.get("market").asString()).isEqualTo(MARKET);
		assertThat(data.get("commodity").asString()).isEqualTo(cabbage);
		assertThat(data.get("unit").asString()).isEqualTo("kg");
		assertThat(data.get("priceYuan").asString()).isEqualTo("4.064");
		assertThat(data.get("observedOn").asString()).isEqualTo("2020-02-05");
		assertThat(this.api.count("select count(*) from prices where commodity = $1", cabbage)).isEqualTo(3);
	}

	@Test
	void aPriceFromTomorrowAsANumberOrWithFivePlacesIsRefusedAndNothingIsStoredOrPublished() {
		String greens = SupplyApi.newSku("油麦菜");
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

		refused(SupplyApi.price(MARKET, greens, "kg", "\"6.5\"", tomorrow), "observedOn");
		refused(SupplyApi.price(MARKET, greens, "kg", "6.5", "2020-02-04"), "priceYuan");
		refused(SupplyApi.price(MARKET, greens, "kg", "\"6.50001\"", "2020-02-04"), "priceYuan");
		refused(SupplyApi.price(MARKET, greens, "kg", "\"0\"", "2020-02-04"), "priceYuan");
		refused(SupplyApi.price(" ", greens, "kg", "\"6.5\"", "2020-02-04"), "market");

		assertThat(this.api.count("select count(*) from prices where commodity = $1", greens)).isZero();
		assertThat(this.api.publishedFor(greens)).isEmpty();
	}

	private void refused(String body, String field) {
		this.api.operator(SupplyApi.PRICES, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
