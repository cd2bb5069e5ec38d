package org.cordon.supply.items;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ItemsIT extends SupplyIntegrationTest {

	@Test
	void anOperatorDefinesAnItemOnceAndItIsAnnouncedKeyedBySku() {
		String sku = SupplyApi.newSku("MASK");
		String item = SupplyApi.item(sku, "医用外科口罩", "只", 20000);

		this.api.operator(SupplyApi.ITEMS, item)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.sku")
			.isEqualTo(sku)
			.jsonPath("$.status")
			.isEqualTo("CREATED");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(sku);
		assertThat(records).hasSize(1);
		SupplyApi.assertEnvelope(records.get(0), "ItemDefined.v1", sku);
		JsonNode data = SupplyApi.data(records.get(0));
		assertThat(data.get("sku").asString()).isEqualTo(sku);
		assertThat(data.get("name").asString()).isEqualTo("医用外科口罩");
		assertThat(data.get("unit").asString()).isEqualTo("只");
		assertThat(data.get("lowStockThreshold").asInt()).isEqualTo(20000);
		assertThat(this.api.count("select count(*) from items where sku = $1", sku)).isOne();
	}

	@Test
	void theSameDefinitionAgainIsADuplicateAndAnotherUnderTheSameSkuAConflict() {
		String sku = SupplyApi.newSku("SUIT");
		String item = SupplyApi.item(sku, "防护服", "套", 500);
		this.api.operator(SupplyApi.ITEMS, item).expectStatus().isCreated();

		this.api.operator(SupplyApi.ITEMS, SupplyApi.item(sku, " 防护服 ", "套", 500))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operator(SupplyApi.ITEMS, SupplyApi.item(sku, "防护服", "套", 600))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json");

		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
		assertThat(this.api.count("select low_stock_threshold::bigint from items where sku = $1", sku)).isEqualTo(500);
	}

	@Test
	void anInvalidItemIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
		String sku = SupplyApi.newSku("TENT");

		refused(SupplyApi.item(sku.toLowerCase(java.util.Locale.ROOT), "帐篷", "顶", 10), "sku");
		refused(SupplyApi.item(null, "帐篷", "顶", 10), "sku");
		refused(SupplyApi.item(sku, "帐篷", "顶", -1), "lowStockThreshold");
		refused(SupplyApi.item(sku, "帐篷", "顶", 10.5), "lowStockThreshold");
		refused(SupplyApi.item(sku, "帐篷", "顶", "\"10\""), "lowStockThreshold");
		refused(SupplyApi.item(sku, " ", "顶", 10), "name");
		refused("""
				{"sku": "%s", "name": "帐篷", "unit": "顶", "lowStockThreshold": 10, "colour": "green"}""".formatted(sku),
				"colour");

		assertThat(this.api.count("select count(*) from items where sku ilike $1", sku)).isZero();
		assertThat(this.api.publishedFor(sku)).isEmpty();
		assertThat(this.api.publishedFor(sku.toLowerCase(java.util.Locale.ROOT))).isEmpty();
	}

	private void refused(String body, String field) {
		this.api.operator(SupplyApi.ITEMS, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
