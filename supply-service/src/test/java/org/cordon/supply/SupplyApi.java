package org.cordon.supply;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.ServiceClient;
import org.cordon.testsupport.ServiceRecords;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to supply-service as the gateway would, reads what it stored and what it
 * published, and writes the bodies of API.md.
 */
public final class SupplyApi {

	public static final String TOPIC = "supply.events";

	public static final String ITEMS = "/api/supplies/items";

	public static final String ORDERS = "/api/supplies/orders";

	public static final String RECEIPTS = "/api/supplies/receipts";

	public static final String ISSUES = "/api/supplies/issues";

	public static final String DONATIONS = "/api/supplies/donations";

	public static final String PRICES = "/api/supplies/prices";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ServiceClient service;

	private final ServiceRecords records;

	private final DatabaseClient database;

	public SupplyApi(int port, DatabaseClient database, String bootstrap) {
		this.service = new ServiceClient(port);
		this.records = new ServiceRecords(database, bootstrap, TOPIC);
		this.database = database;
	}

	public WebTestClient client() {
		return this.service.client();
	}

	public WebTestClient.ResponseSpec post(String path, String token, String json) {
		return this.service.post(path, token, json);
	}

	/**
	 * Posts as an operator, the role every supply write needs.
	 * @param path the path
	 * @param json the body
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec operator(String path, String json) {
		return post(path, IdentityTokens.operator(), json);
	}

	/**
	 * A sku no other test uses, so that the topic's records for it are this test's.
	 * @param prefix what the item is, e.g. {@code MASK}
	 * @return e.g. {@code MASK-3F9A0C21}
	 */
	public static String newSku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	public String defineItem(String prefix, int lowStockThreshold) {
		String sku = newSku(prefix);
		operator(ITEMS, item(sku, "医用外科口罩", "只", lowStockThreshold)).expectStatus().isCreated();
		return sku;
	}

	public void receive(String sku, String warehouse, int quantity) {
		operator(RECEIPTS, receipt(UUID.randomUUID(), sku, quantity, warehouse, "PURCHASE", null)).expectStatus()
			.isCreated();
	}

	public void issue(String sku, String warehouse, int quantity, String priority) {
		operator(ISSUES, issue(UUID.randomUUID(), sku, quantity, warehouse, "临河区人民医院发热门诊", priority)).expectStatus()
			.isCreated();
	}

	/**
	 * Everything published under a key once the outbox is empty: at that point every
	 * committed event is on the topic, so what is there is all there will be.
	 * @param key the record key
	 * @return the records, in order
	 */
	public List<ConsumerRecord<String, byte[]>> publishedFor(String key) {
		return this.records.publishedFor(key);
	}

	public List<String> typesPublishedFor(String key) {
		return this.records.typesPublishedFor(key);
	}

	/**
	 * The data of the events of one type published under a key.
	 * @param key the record key
	 * @param type the type without {@code cordon.supply.}, e.g. {@code StockLow.v1}
	 * @return their data, in order
	 */
	public List<JsonNode> published(String key, String type) {
		return publishedFor(key).stream()
			.filter((r) -> ("cordon.supply." + type).equals(TopicRecords.header(r, CloudEventHeaders.TYPE)))
			.map((r) -> JSON.readTree(r.value()))
			.toList();
	}

	public long count(String sql, Object... arguments) {
		DatabaseClient.GenericExecuteSpec spec = this.database.sql(sql);
		for (int i = 0; i < arguments.length; i++) {
			spec = spec.bind(i, arguments[i]);
		}
		return spec.map((row) -> row.get(0, Long.class)).one().block();
	}

	public long onHand(String sku, String warehouse) {
		return this.database.sql("select on_hand from stock where sku = $1 and warehouse = $2")
			.bind(0, sku)
			.bind(1, warehouse)
			.map((row) -> row.get("on_hand", Long.class))
			.one()
			.defaultIfEmpty(0L)
			.block();
	}

	public long ledgerLines(String sku) {
		return count("select count(*) from stock_ledger where sku = $1", sku);
	}

	public static String item(String sku, String name, String unit, Object lowStockThreshold) {
		return """
				{"sku": %s, "name": "%s", "unit": "%s", "lowStockThreshold": %s}""".formatted(text(sku), name, unit,
				lowStockThreshold);
	}

	public static String order(UUID orderId, String sku, Object quantity) {
		return """
				{"orderId": "%s", "sku": "%s", "quantity": %s, "supplier": "巴彦淖尔市医药公司", "expectedOn": "2020-02-10"}"""
			.formatted(orderId, sku, quantity);
	}

	public static String receipt(UUID receiptId, String sku, Object quantity, String warehouse, String source,
			UUID orderId) {
		return """
				{"receiptId": "%s", "sku": "%s", "quantity": %s, "warehouse": "%s", "source": "%s", "orderId": %s}"""
			.formatted(receiptId, sku, quantity, warehouse, source,
					text((orderId != null) ? orderId.toString() : null));
	}

	public static String overReceipt(UUID receiptId, String sku, int quantity, String warehouse, UUID orderId) {
		return """
				{"receiptId": "%s", "sku": "%s", "quantity": %d, "warehouse": "%s", "source": "PURCHASE",
				 "orderId": %s, "overReceipt": true}""".formatted(receiptId, sku, quantity, warehouse,
				text((orderId != null) ? orderId.toString() : null));
	}

	public static String issue(UUID issueId, String sku, Object quantity, String warehouse, String recipient,
			String priority) {
		return """
				{"issueId": "%s", "sku": "%s", "quantity": %s, "warehouse": "%s", "recipient": "%s", "priority": "%s"}"""
			.formatted(issueId, sku, quantity, warehouse, recipient, priority);
	}

	/**
	 * @param donationId the id
	 * @param donor who gave
	 * @param kind CASH, MEDICAL or OTHER
	 * @param amountYuan written into the JSON as it is: quote it for a string
	 * @return the body
	 */
	public static String donation(UUID donationId, String donor, String kind, String amountYuan) {
		return """
				{"donationId": "%s", "donor": "%s", "kind": "%s", "amountYuan": %s}""".formatted(donationId, donor,
				kind, amountYuan);
	}

	/**
	 * @param market the market
	 * @param commodity the commodity
	 * @param unit the unit
	 * @param priceYuan written into the JSON as it is: quote it for a string
	 * @param observedOn the day
	 * @return the body
	 */
	public static String price(String market, String commodity, String unit, String priceYuan, String observedOn) {
		return """
				{"market": "%s", "commodity": "%s", "unit": "%s", "priceYuan": %s, "observedOn": "%s"}"""
			.formatted(market, commodity, unit, priceYuan, observedOn);
	}

	/**
	 * Checks the CloudEvents envelope of one published record.
	 * @param record the record
	 * @param type the type without {@code cordon.supply.}, e.g. {@code ItemDefined.v1}
	 * @param key the record key, which is also the subject
	 */
	public static void assertEnvelope(ConsumerRecord<String, byte[]> record, String type, String key) {
		assertThat(record.key()).isEqualTo(key);
		assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("cordon.supply." + type);
		assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(key);
		assertThat(TopicRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/cordon/supply-service");
		assertThat(TopicRecords.header(record, CloudEventHeaders.ACTOR)).isEqualTo("key:test-operator (test operator)");
		assertThat(TopicRecords.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(UUID.fromString(TopicRecords.header(record, CloudEventHeaders.ID))).isNotNull();
		assertThat(TopicRecords.header(record, CloudEventHeaders.TRACEPARENT)).startsWith("00-");
	}

	public static JsonNode data(ConsumerRecord<String, byte[]> record) {
		return JSON.readTree(record.value());
	}

	private static String text(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

}
