package org.cordon.supply.stock;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class IssuesIT extends SupplyIntegrationTest {

	static final String CITY = "市防疫物资储备库";

	static final String CLINIC = "临河区人民医院发热门诊";

	@Test
	void anIssueIsALineOnTheStockCardAndIsAnnouncedKeyedBySku() {
		String sku = this.api.defineItem("MASK", 5);
		this.api.receive(sku, CITY, 20);
		UUID id = UUID.randomUUID();

		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(id, sku, 3, CITY, CLINIC, "FEVER_CLINIC"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.issueId")
			.isEqualTo(id.toString())
			.jsonPath("$.status")
			.isEqualTo("CREATED")
			.jsonPath("$.balance")
			.isEqualTo(17);

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(17);
		assertThat(this.api.count("""
				select count(*) from stock_ledger
				 where sku = $1 and warehouse = $2 and line = 2 and kind = 'ISSUE' and document_id = $3
				   and quantity = 3 and balance = 17 and recipient = $4 and priority = 'FEVER_CLINIC'""", sku, CITY, id,
				CLINIC))
			.isOne();
		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(sku);
		assertThat(records).hasSize(3);
		SupplyApi.assertEnvelope(records.get(2), "SupplyIssued.v1", sku);
		JsonNode data = SupplyApi.data(records.get(2));
		assertThat(data.get("issueId").asString()).isEqualTo(id.toString());
		assertThat(data.get("quantity").asInt()).isEqualTo(3);
		assertThat(data.get("warehouse").asString()).isEqualTo(CITY);
		assertThat(data.get("recipient").asString()).isEqualTo(CLINIC);
		assertThat(data.get("priority").asString()).isEqualTo("FEVER_CLINIC");
	}

	@Test
	void theSameIssueAgainIsADuplicateAndAnotherUnderItsIdAConflict() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, CITY, 20);
		UUID id = UUID.randomUUID();
		String issue = SupplyApi.issue(id, sku, 3, CITY, CLINIC, "FEVER_CLINIC");
		this.api.operator(SupplyApi.ISSUES, issue).expectStatus().isCreated();

		this.api.operator(SupplyApi.ISSUES, issue)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE")
			.jsonPath("$.balance")
			.isEqualTo(17);
		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(id, sku, 3, CITY, CLINIC, "SAMPLING"))
			.expectStatus()
			.isEqualTo(409);

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(17);
		assertThat(this.api.ledgerLines(sku)).isEqualTo(2);
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"SupplyIssued.v1");
	}

	@Test
	void anIssueBeyondOnHandIsAConflictThatChangesNothingAndItsIdStaysFree() {
		String sku = this.api.defineItem("SUIT", 0);
		this.api.receive(sku, CITY, 5);
		UUID id = UUID.randomUUID();
		String issue = SupplyApi.issue(id, sku, 6, CITY, CLINIC, "FEVER_CLINIC");

		this.api.operator(SupplyApi.ISSUES, issue)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.onHand")
			.isEqualTo(5)
			.jsonPath("$.available")
			.isEqualTo(5);
		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 1, "别的仓库", CLINIC, "SAMPLING"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.onHand")
			.isEqualTo(0);

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(5);
		assertThat(this.api.ledgerLines(sku)).isOne();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1");

		this.api.receive(sku, CITY, 1);
		this.api.operator(SupplyApi.ISSUES, issue)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(0);
	}

	@Test
	void belowTheThresholdOnlyFeverClinicsAndSamplingTeamsMayDraw() {
		String sku = this.api.defineItem("MASK", 10);
		this.api.receive(sku, CITY, 25);

		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 16, CITY, "某社区", "COMMUNITY"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.onHand")
			.isEqualTo(25)
			.jsonPath("$.available")
			.isEqualTo(15);
		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 15, CITY, "某社区", "COMMUNITY"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(10);
		for (String priority : List.of("CHECKPOINT", "COMMUNITY", "OTHER")) {
			this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 1, CITY, "某卡点", priority))
				.expectStatus()
				.isEqualTo(409);
		}
		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 6, CITY, "采样组", "SAMPLING"))
			.expectStatus()
			.isCreated();
		this.api.operator(SupplyApi.ISSUES, SupplyApi.issue(UUID.randomUUID(), sku, 4, CITY, CLINIC, "FEVER_CLINIC"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(0);

		assertThat(this.api.onHand(sku, CITY)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"SupplyIssued.v1", "SupplyIssued.v1", "StockLow.v1", "SupplyIssued.v1");
	}

	@Test
	void badQuantitiesAnUnknownPriorityOrAnUnknownSkuAreRefusedAndNothingIsStoredOrPublished() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, CITY, 20);
		String unknown = SupplyApi.newSku("NEVER-DEFINED");
		UUID id = UUID.randomUUID();

		for (Object quantity : List.of(0, -3, 1.5, "\"1\"")) {
			refused(SupplyApi.issue(id, sku, quantity, CITY, CLINIC, "FEVER_CLINIC"), "quantity");
		}
		refused(SupplyApi.issue(id, sku, 1, CITY, CLINIC, "VIP"), "priority");
		refused(SupplyApi.issue(id, sku, 1, CITY, " ", "FEVER_CLINIC"), "recipient");
		refused(SupplyApi.issue(id, unknown, 1, CITY, CLINIC, "FEVER_CLINIC"), "sku");

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(20);
		assertThat(this.api.ledgerLines(sku)).isOne();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1");
		assertThat(this.api.publishedFor(unknown)).isEmpty();
	}

	private void refused(String body, String field) {
		this.api.operator(SupplyApi.ISSUES, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
