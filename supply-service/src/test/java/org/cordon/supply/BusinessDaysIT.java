package org.cordon.supply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every supply write books its fact on a business day: the day given, today in the
 * platform's time zone when left out, never a day after today.
 */
class BusinessDaysIT extends SupplyIntegrationTest {

	static final String JAN_27 = "2020-01-27";

	@Autowired
	Clock clock;

	@Test
	void anOrderCarriesTheDayItWasPlacedToTheEventAndTheTable() {
		String sku = this.api.defineItem("MASK", 20000);
		UUID orderId = UUID.randomUUID();

		this.api.operator(SupplyApi.ORDERS, withDay(SupplyApi.order(orderId, sku, 300000), "orderedOn", JAN_27))
			.expectStatus()
			.isCreated();

		assertThat(day(this.api.published(sku, "SupplyOrdered.v1"), "orderedOn")).containsExactly(JAN_27);
		assertThat(storedDay("select ordered_on from orders where order_id = $1", orderId)).isEqualTo(JAN_27);
	}

	@Test
	void anOrderWithoutADayIsPlacedTodayAndItsRetryWithoutADayIsADuplicate() {
		String sku = this.api.defineItem("MASK", 20000);
		UUID orderId = UUID.randomUUID();
		String order = SupplyApi.order(orderId, sku, 3000);
		LocalDate before = LocalDate.now(this.clock);

		this.api.operator(SupplyApi.ORDERS, order).expectStatus().isCreated();
		this.api.operator(SupplyApi.ORDERS, order)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");

		assertToday(day(this.api.published(sku, "SupplyOrdered.v1"), "orderedOn"), before);
		assertToday(List.of(storedDay("select ordered_on from orders where order_id = $1", orderId)), before);
	}

	@Test
	void anOrderPlacedTomorrowIsRefusedAndNothingIsStoredOrPublished() {
		String sku = this.api.defineItem("MASK", 20000);
		UUID orderId = UUID.randomUUID();

		refusedNaming("orderedOn", SupplyApi.ORDERS,
				withDay(SupplyApi.order(orderId, sku, 3000), "orderedOn", tomorrow()));

		assertThat(this.api.count("select count(*) from orders where order_id = $1", orderId)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", orderId)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
	}

	@Test
	void aReceiptCarriesTheDayTheGoodsArrivedToTheEventAndTheStockCard() {
		String sku = this.api.defineItem("SUIT", 100);
		UUID receiptId = UUID.randomUUID();

		this.api
			.operator(SupplyApi.RECEIPTS,
					withDay(SupplyApi.receipt(receiptId, sku, 1040, "区库", "PURCHASE", null), "receivedOn", JAN_27))
			.expectStatus()
			.isCreated();

		assertThat(day(this.api.published(sku, "SupplyReceived.v1"), "receivedOn")).containsExactly(JAN_27);
		assertThat(storedDay("select booked_on from stock_ledger where document_id = $1", receiptId)).isEqualTo(JAN_27);
	}

	@Test
	void aReceiptWithoutADayArrivedToday() {
		String sku = this.api.defineItem("SUIT", 100);
		UUID receiptId = UUID.randomUUID();
		LocalDate before = LocalDate.now(this.clock);

		this.api.operator(SupplyApi.RECEIPTS, SupplyApi.receipt(receiptId, sku, 502, "区库", "PURCHASE", null))
			.expectStatus()
			.isCreated();

		assertToday(day(this.api.published(sku, "SupplyReceived.v1"), "receivedOn"), before);
	}

	@Test
	void aReceiptArrivingTomorrowIsRefusedAndNothingIsStoredOrPublished() {
		String sku = this.api.defineItem("SUIT", 100);
		UUID receiptId = UUID.randomUUID();

		refusedNaming("receivedOn", SupplyApi.RECEIPTS,
				withDay(SupplyApi.receipt(receiptId, sku, 502, "区库", "PURCHASE", null), "receivedOn", tomorrow()));

		assertThat(this.api.ledgerLines(sku)).isZero();
		assertThat(this.api.onHand(sku, "区库")).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", receiptId)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
	}

	@Test
	void anIssueCarriesTheDayTheGoodsLeftToTheEventAndTheStockCard() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, "区库", 44000);
		UUID issueId = UUID.randomUUID();

		this.api
			.operator(SupplyApi.ISSUES,
					withDay(SupplyApi.issue(issueId, sku, 24000, "区库", "各卡点", "CHECKPOINT"), "issuedOn", JAN_27))
			.expectStatus()
			.isCreated();

		assertThat(day(this.api.published(sku, "SupplyIssued.v1"), "issuedOn")).containsExactly(JAN_27);
		assertThat(storedDay("select booked_on from stock_ledger where document_id = $1", issueId)).isEqualTo(JAN_27);
	}

	@Test
	void anIssueWithoutADayLeftToday() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, "区库", 100);
		LocalDate before = LocalDate.now(this.clock);

		this.api.issue(sku, "区库", 10, "FEVER_CLINIC");

		assertToday(day(this.api.published(sku, "SupplyIssued.v1"), "issuedOn"), before);
	}

	@Test
	void anIssueLeavingTomorrowIsRefusedAndNothingIsStoredOrPublished() {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, "区库", 100);
		UUID issueId = UUID.randomUUID();

		refusedNaming("issuedOn", SupplyApi.ISSUES,
				withDay(SupplyApi.issue(issueId, sku, 10, "区库", "各卡点", "CHECKPOINT"), "issuedOn", tomorrow()));

		assertThat(this.api.onHand(sku, "区库")).isEqualTo(100);
		assertThat(this.api.ledgerLines(sku)).isEqualTo(1);
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", issueId)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1");
	}

	@Test
	void aDonationCarriesTheDayItWasReceivedToTheEventAndTheTable() {
		UUID donationId = UUID.randomUUID();

		this.api
			.operator(SupplyApi.DONATIONS,
					withDay(SupplyApi.donation(donationId, "某企业", "CASH", "\"100000\""), "receivedOn", JAN_27))
			.expectStatus()
			.isCreated();

		assertThat(day(this.api.published(donationId.toString(), "DonationReceived.v1"), "receivedOn"))
			.containsExactly(JAN_27);
		assertThat(storedDay("select received_on from donations where donation_id = $1", donationId)).isEqualTo(JAN_27);
	}

	@Test
	void aDonationWithoutADayWasReceivedTodayAndTheSameIdWithADayIsOtherContent() {
		UUID donationId = UUID.randomUUID();
		String donation = SupplyApi.donation(donationId, "某企业", "MEDICAL", "\"2917.12\"");
		LocalDate before = LocalDate.now(this.clock);

		this.api.operator(SupplyApi.DONATIONS, donation).expectStatus().isCreated();
		// compared as sent: a day given where none was is a change of the request
		this.api.operator(SupplyApi.DONATIONS, withDay(donation, "receivedOn", before.toString()))
			.expectStatus()
			.isEqualTo(409);

		assertToday(day(this.api.published(donationId.toString(), "DonationReceived.v1"), "receivedOn"), before);
	}

	@Test
	void aDonationReceivedTomorrowIsRefusedAndNothingIsStoredOrPublished() {
		UUID donationId = UUID.randomUUID();

		refusedNaming("receivedOn", SupplyApi.DONATIONS,
				withDay(SupplyApi.donation(donationId, "某企业", "CASH", "\"100\""), "receivedOn", tomorrow()));

		assertThat(this.api.count("select count(*) from donations where donation_id = $1", donationId)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", donationId)).isZero();
		assertThat(this.api.publishedFor(donationId.toString())).isEmpty();
	}

	@Test
	void aDayThatIsNoDateIsRefusedNamingTheField() {
		UUID donationId = UUID.randomUUID();

		refusedNaming("receivedOn", SupplyApi.DONATIONS,
				withDay(SupplyApi.donation(donationId, "某企业", "CASH", "\"100\""), "receivedOn", "2020-02-30"));

		assertThat(this.api.publishedFor(donationId.toString())).isEmpty();
	}

	private void refusedNaming(String field, String path, String json) {
		this.api.operator(path, json)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private String tomorrow() {
		// two days ahead: still after today if the clock passes midnight during the test
		return LocalDate.now(this.clock).plusDays(2).toString();
	}

	private String storedDay(String sql, UUID id) {
		return this.database.sql(sql)
			.bind(0, id)
			.map((row) -> row.get(0, LocalDate.class))
			.one()
			.map(LocalDate::toString)
			.block();
	}

	private void assertToday(List<String> days, LocalDate before) {
		LocalDate after = LocalDate.now(this.clock);
		assertThat(days).hasSize(1);
		assertThat(days.get(0)).isIn(before.toString(), after.toString());
	}

	private static List<String> day(List<JsonNode> events, String field) {
		Function<JsonNode, String> day = (event) -> event.get(field).asString();
		return events.stream().map(day).toList();
	}

	static String withDay(String json, String field, String day) {
		int end = json.lastIndexOf('}');
		return json.substring(0, end) + ", \"" + field + "\": \"" + day + "\"}";
	}

}
