package org.cordon.supply.stock;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptsIT extends SupplyIntegrationTest {

	static final String CITY = "市防疫物资储备库";

	@Test
	void aReceiptIsALineOnTheWarehousesStockCardWithTheBalanceItLeft() {
		String sku = this.api.defineItem("MASK", 100);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(first, sku, 440, CITY, "PURCHASE", null))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.receiptId")
			.isEqualTo(first.toString())
			.jsonPath("$.status")
			.isEqualTo("CREATED")
			.jsonPath("$.balance")
			.isEqualTo(440);
		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(second, sku, 60, CITY, "ALLOCATION", null))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(500);

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(500);
		assertThat(this.api
			.count("""
					select count(*) from stock_ledger
					 where sku = $1 and warehouse = $2 and kind = 'RECEIPT'
					   and ((line = 1 and document_id = $3 and quantity = 440 and balance = 440 and source = 'PURCHASE')
					     or (line = 2 and document_id = $4 and quantity = 60 and balance = 500 and source = 'ALLOCATION'))""",
					sku, CITY, first, second))
			.isEqualTo(2);
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(sku);
		assertThat(records).hasSize(3);
		SupplyApi.assertEnvelope(records.get(1), "SupplyReceived.v1", sku);
		JsonNode data = SupplyApi.data(records.get(1));
		assertThat(data.get("receiptId").asString()).isEqualTo(first.toString());
		assertThat(data.get("quantity").asInt()).isEqualTo(440);
		assertThat(data.get("warehouse").asString()).isEqualTo(CITY);
		assertThat(data.get("source").asString()).isEqualTo("PURCHASE");
		assertThat(data.get("orderId").isNull()).isTrue();
	}

	@Test
	void theSameReceiptAgainIsADuplicateWithItsBalanceAndAnotherUnderItsIdAConflict() {
		String sku = this.api.defineItem("MASK", 0);
		UUID id = UUID.randomUUID();
		String receipt = SupplyApi.receipt(id, sku, 44, CITY, "DONATION", null);
		this.api.operator(SupplyApi.RECEIPTS, receipt).expectStatus().isCreated();
		this.api.receive(sku, CITY, 6);

		this.api.operator(SupplyApi.RECEIPTS, receipt)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.balance")
			.isEqualTo(44);
		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(id, sku, 45, CITY, "DONATION", null))
			.expectStatus()
			.isEqualTo(409);

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(50);
		assertThat(this.api.ledgerLines(sku)).isEqualTo(2);
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"SupplyReceived.v1");
	}

	@Test
	void receiptsCountAgainstTheirOrderAndExceedingItMustBeSaid() {
		String sku = this.api.defineItem("MASK", 0);
		UUID orderId = UUID.randomUUID();
		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, 100)).expectStatus().isCreated();

		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(UUID.randomUUID(), sku, 60, CITY, "PURCHASE", orderId))
			.expectStatus()
			.isCreated();
		UUID tooMany = UUID.randomUUID();
		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(tooMany, sku, 50, CITY, "PURCHASE", orderId))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.ordered")
			.isEqualTo(100)
			.jsonPath("$.received")
			.isEqualTo(60)
			.jsonPath("$.outstanding")
			.isEqualTo(40);

		assertThat(this.api.count("select received from orders where order_id = $1", orderId)).isEqualTo(60);
		assertThat(this.api.onHand(sku, CITY)).isEqualTo(60);
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyOrdered.v1",
				"SupplyReceived.v1");

		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.overReceipt(tooMany, sku, 50, CITY, orderId))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(110);
		assertThat(this.api.count("select received from orders where order_id = $1", orderId)).isEqualTo(110);
		JsonNode received = this.api.published(sku, "SupplyReceived.v1").get(1);
		assertThat(received.get("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(received.has("overReceipt")).isFalse();
	}

	@Test
	void aReceiptAgainstAnUnknownOrderOrAnOrderForAnotherItemIsBadInputNamingOrderId() {
		String sku = this.api.defineItem("MASK", 0);
		String other = this.api.defineItem("SUIT", 0);
		UUID suits = UUID.randomUUID();
		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(suits, other, 3000)).expectStatus().isCreated();
		UUID id = UUID.randomUUID();

		refused(SupplyApi.receipt(id, sku, 10, CITY, "PURCHASE", suits), "orderId");
		refused(SupplyApi.receipt(id, sku, 10, CITY, "PURCHASE", UUID.randomUUID()), "orderId");
		refused(SupplyApi.overReceipt(id, sku, 10, CITY, null), "overReceipt");

		assertThat(this.api.count("select received from orders where order_id = $1", suits)).isZero();
		assertThat(this.api.ledgerLines(sku)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
	}

	@Test
	void badQuantitiesAnUnknownSourceOrAnUnknownSkuAreRefusedAndNothingIsStoredOrPublished() {
		String sku = this.api.defineItem("THERMOMETER", 0);
		String unknown = SupplyApi.newSku("NEVER-DEFINED");
		UUID id = UUID.randomUUID();

		for (Object quantity : List.of(0, -1, 2.5)) {
			refused(SupplyApi.receipt(id, sku, quantity, CITY, "PURCHASE", null), "quantity");
		}
		refused(SupplyApi.receipt(id, sku, 10, CITY, "GIFT", null), "source");
		refused(SupplyApi.receipt(id, sku, 10, " ", "PURCHASE", null), "warehouse");
		refused(SupplyApi.receipt(id, unknown, 10, CITY, "PURCHASE", null), "sku");
		refused(SupplyApi.receipt(id, sku, 10, CITY, "PURCHASE", null).replace("\"" + id, "\"not-a-uuid"), "receiptId");

		assertThat(this.api.ledgerLines(sku)).isZero();
		assertThat(this.api.count("select count(*) from stock where sku in ($1, $2)", sku, unknown)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
		assertThat(this.api.publishedFor(unknown)).isEmpty();
	}

	@Test
	void aLineOnceWrittenCannotBeChangedOrRemoved() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, CITY, 10);

		assertThatThrownBy(() -> this.database.sql("update stock_ledger set quantity = 1 where sku = $1")
			.bind(0, sku)
			.fetch()
			.rowsUpdated()
			.block()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.database.sql("delete from stock_ledger where sku = $1")
			.bind(0, sku)
			.fetch()
			.rowsUpdated()
			.block()).hasMessageContaining("append-only");

		assertThat(this.api.count("select balance from stock_ledger where sku = $1", sku)).isEqualTo(10);
	}

	private void refused(String body, String field) {
		this.api.operator(SupplyApi.RECEIPTS, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
