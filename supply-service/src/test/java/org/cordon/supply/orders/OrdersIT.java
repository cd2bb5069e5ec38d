package org.cordon.supply.orders;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersIT extends SupplyIntegrationTest {

	@Test
	void anOrderForADefinedItemIsPlacedOnceAndAnnouncedKeyedBySku() {
		String sku = this.api.defineItem("MASK", 20000);
		UUID orderId = UUID.randomUUID();
		String order = SupplyApi.order(orderId, sku, 300000);

		this.api.operator(SupplyApi.ORDERS, order)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.orderId")
			.isEqualTo(orderId.toString())
			.jsonPath("$.status")
			.isEqualTo("CREATED");
		this.api.operator(SupplyApi.ORDERS, order)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, 200000)).expectStatus().isEqualTo(409);

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(sku);
		assertThat(records).hasSize(2);
		SupplyApi.assertEnvelope(records.get(1), "SupplyOrdered.v1", sku);
		JsonNode data = SupplyApi.data(records.get(1));
		assertThat(data.get("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(data.get("quantity").asInt()).isEqualTo(300000);
		assertThat(data.get("supplier").asString()).isEqualTo("巴彦淖尔市医药公司");
		assertThat(data.get("expectedOn").asString()).isEqualTo("2020-02-10");
		assertThat(this.api.count("select quantity::bigint from orders where order_id = $1", orderId))
			.isEqualTo(300000);
		assertThat(this.api.count("select received from orders where order_id = $1", orderId)).isZero();
	}

	@Test
	void anOrderForAnUnknownSkuIsBadInputNamingSku() {
		String sku = SupplyApi.newSku("NEVER-DEFINED");
		UUID orderId = UUID.randomUUID();

		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, 100))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sku");

		assertThat(this.api.count("select count(*) from orders where order_id = $1", orderId)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", orderId)).isZero();
		assertThat(this.api.publishedFor(sku)).isEmpty();
	}

	@Test
	void zeroNegativeOrFractionalQuantitiesAndImpossibleDatesAreRefusedNamingTheField() {
		String sku = this.api.defineItem("ALCOHOL", 1000);
		UUID orderId = UUID.randomUUID();

		for (Object quantity : List.of(0, -5, 1.5, "\"7\"")) {
			this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, quantity))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("quantity");
		}
		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, 5).replace("2020-02-10", "2020-02-30"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("expectedOn");

		assertThat(this.api.count("select count(*) from orders where order_id = $1", orderId)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
	}

}
