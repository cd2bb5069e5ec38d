package org.cordon.supply.stock;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StockLow is announced once per stretch below the threshold, per warehouse.
 */
class StockLowIT extends SupplyIntegrationTest {

	static final String CITY = "市防疫物资储备库";

	static final String LINHE = "临河区物资库";

	@Test
	void lowStockIsAnnouncedOnceAndAgainOnlyAfterStockWasBackAtTheThreshold() {
		String sku = this.api.defineItem("MASK", 10);
		this.api.receive(sku, CITY, 12);

		this.api.issue(sku, CITY, 3, "FEVER_CLINIC"); // 9: low, announced
		this.api.issue(sku, CITY, 1, "FEVER_CLINIC"); // 8: still low
		this.api.receive(sku, CITY, 1); // 9: still low
		this.api.receive(sku, CITY, 1); // 10: back at the threshold
		this.api.issue(sku, CITY, 1, "SAMPLING"); // 9: low again, announced again

		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"SupplyIssued.v1", "StockLow.v1", "SupplyIssued.v1", "SupplyReceived.v1", "SupplyReceived.v1",
				"SupplyIssued.v1", "StockLow.v1");
		List<JsonNode> lows = this.api.published(sku, "StockLow.v1");
		assertThat(lows).allSatisfy((low) -> {
			assertThat(low.get("sku").asString()).isEqualTo(sku);
			assertThat(low.get("warehouse").asString()).isEqualTo(CITY);
			assertThat(low.get("onHand").asLong()).isEqualTo(9);
			assertThat(low.get("threshold").asInt()).isEqualTo(10);
		});
	}

	@Test
	void eachWarehouseIsLowOnItsOwn() {
		String sku = this.api.defineItem("SUIT", 10);
		this.api.receive(sku, CITY, 15);
		this.api.receive(sku, LINHE, 15);

		this.api.issue(sku, CITY, 6, "FEVER_CLINIC");
		this.api.issue(sku, LINHE, 5, "FEVER_CLINIC");
		this.api.issue(sku, LINHE, 1, "FEVER_CLINIC");

		List<JsonNode> lows = this.api.published(sku, "StockLow.v1");
		assertThat(lows).extracting((low) -> low.get("warehouse").asString()).containsExactly(CITY, LINHE);
		assertThat(lows).extracting((low) -> low.get("onHand").asLong()).containsExactly(9L, 9L);
	}

	@Test
	void aWarehouseWhoseFirstReceiptLeavesItBelowTheThresholdIsAnnouncedLow() {
		String sku = this.api.defineItem("TENT", 100);

		this.api.receive(sku, LINHE, 40);
		this.api.receive(sku, LINHE, 40);

		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"StockLow.v1", "SupplyReceived.v1");
		assertThat(this.api.published(sku, "StockLow.v1").get(0).get("onHand").asLong()).isEqualTo(40);
	}

	@Test
	void anItemWithThresholdZeroIsNeverLow() {
		String sku = this.api.defineItem("BED", 0);
		this.api.receive(sku, CITY, 2);

		this.api.issue(sku, CITY, 2, "COMMUNITY");

		assertThat(this.api.onHand(sku, CITY)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).doesNotContain("StockLow.v1");
	}

}
