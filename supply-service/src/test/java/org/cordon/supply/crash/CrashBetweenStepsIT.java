package org.cordon.supply.crash;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure after the state change and before commit leaves neither the change nor an
 * event: each write's last step, the outbox insert, is made to fail for requests that
 * carry a marker, and afterwards the same request succeeds as a first one.
 */
class CrashBetweenStepsIT extends SupplyIntegrationTest {

	static final String MARKER = "CRASH-MARKER";

	static final String CITY = "市防疫物资储备库";

	@BeforeEach
	void failTheOutboxInsertForMarkedEvents() {
		execute("""
				create or replace function crash_on_marker() returns trigger language plpgsql as $$
				begin
				    if new.payload like '%%%s%%' then
				        raise exception 'simulated crash before commit';
				    end if;
				    return new;
				end
				$$""".formatted(MARKER));
		execute("drop trigger if exists crash_on_marker on outbox");
		execute("create trigger crash_on_marker before insert on outbox for each row execute function crash_on_marker()");
	}

	@AfterEach
	void recover() {
		execute("drop trigger if exists crash_on_marker on outbox");
		execute("drop function if exists crash_on_marker()");
	}

	@Test
	void anItemIsNotDefined() {
		String sku = SupplyApi.newSku("MASK");
		String item = SupplyApi.item(sku, MARKER + " 口罩", "只", 10);

		this.api.operator(SupplyApi.ITEMS, item).expectStatus().is5xxServerError();

		assertThat(this.api.count("select count(*) from items where sku = $1", sku)).isZero();
		assertThat(this.api.publishedFor(sku)).isEmpty();
		recover();
		this.api.operator(SupplyApi.ITEMS, item).expectStatus().isCreated();
	}

	@Test
	void anOrderIsNotPlaced() {
		String sku = this.api.defineItem("MASK", 0);
		UUID id = UUID.randomUUID();
		String order = SupplyApi.order(id, sku, 100).replace("巴彦淖尔市医药公司", MARKER);

		this.api.operator(SupplyApi.ORDERS, order).expectStatus().is5xxServerError();

		assertThat(this.api.count("select count(*) from orders where order_id = $1", id)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1");
		recover();
		this.api.operator(SupplyApi.ORDERS, order).expectStatus().isCreated();
	}

	@Test
	void aReceiptAddsNoLineNoStockAndNothingToItsOrder() {
		String sku = this.api.defineItem("MASK", 0);
		UUID orderId = UUID.randomUUID();
		this.api.operator(SupplyApi.ORDERS, SupplyApi.order(orderId, sku, 100)).expectStatus().isCreated();
		UUID id = UUID.randomUUID();
		String receipt = SupplyApi.receipt(id, sku, 60, MARKER + "库", "PURCHASE", orderId);

		this.api.operator(SupplyApi.RECEIPTS, receipt).expectStatus().is5xxServerError();

		assertThat(this.api.count("select count(*) from stock where sku = $1", sku)).isZero();
		assertThat(this.api.ledgerLines(sku)).isZero();
		assertThat(this.api.count("select received from orders where order_id = $1", orderId)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyOrdered.v1");
		recover();
		this.api.operator(SupplyApi.RECEIPTS, receipt)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(60);
	}

	@Test
	void anIssueTakesNothingAndItsStockLowIsNotAnnounced() {
		String sku = this.api.defineItem("MASK", 10);
		this.api.receive(sku, CITY, 20);
		UUID id = UUID.randomUUID();
		String issue = SupplyApi.issue(id, sku, 15, CITY, MARKER + " 发热门诊", "FEVER_CLINIC");

		this.api.operator(SupplyApi.ISSUES, issue).expectStatus().is5xxServerError();

		assertThat(this.api.onHand(sku, CITY)).isEqualTo(20);
		assertThat(this.api.ledgerLines(sku)).isOne();
		assertThat(this.api.count("select count(*) from stock where sku = $1 and low", sku)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1");
		recover();
		this.api.operator(SupplyApi.ISSUES, issue)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.balance")
			.isEqualTo(5);
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1",
				"SupplyIssued.v1", "StockLow.v1");
	}

	@Test
	void aDonationIsNotRecorded() {
		UUID id = UUID.randomUUID();
		String donation = SupplyApi.donation(id, MARKER, "CASH", "\"416.1696\"");

		this.api.operator(SupplyApi.DONATIONS, donation).expectStatus().is5xxServerError();

		assertThat(this.api.count("select count(*) from donations where donation_id = $1", id)).isZero();
		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.publishedFor(id.toString())).isEmpty();
		recover();
		this.api.operator(SupplyApi.DONATIONS, donation).expectStatus().isCreated();
	}

	@Test
	void aPriceIsNotRecorded() {
		String commodity = SupplyApi.newSku("大白菜");
		String price = SupplyApi.price(MARKER, commodity, "kg", "\"3.2\"", "2020-02-04");

		this.api.operator(SupplyApi.PRICES, price).expectStatus().is5xxServerError();

		assertThat(this.api.count("select count(*) from prices where commodity = $1", commodity)).isZero();
		assertThat(this.api.publishedFor(commodity)).isEmpty();
		recover();
		this.api.operator(SupplyApi.PRICES, price).expectStatus().isCreated();
	}

	private void execute(String sql) {
		this.database.sql(sql).fetch().rowsUpdated().block();
	}

}
