package org.cordon.reporting.supplies;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.IssuePriority;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.contracts.supply.StockLow;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.EventsProducer.Sent;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingApi.EventStream;
import org.cordon.reporting.ReportingApi.Received;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stock, donations and prices views from events published on {@code supply.events}.
 * Every test works with items and commodities of its own, since the views are shared by
 * every test of the suite; the donation totals, which have no key, are compared with what
 * they were before.
 */
@ReportingServiceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupplyViewsIT {

	static final String STOCK = "/api/views/supplies/stock";

	static final String DONATIONS = "/api/views/supplies/donations";

	static final String PRICES = "/api/views/supplies/prices";

	static final LocalDate FEB_1 = LocalDate.of(2020, 2, 1);

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	MeterRegistry meters;

	ReportingApi api;

	EventsProducer events;

	String sku;

	String commodity;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.sku = "MASK-" + suffix;
		this.commodity = "大白菜-" + suffix;
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	/**
	 * The bulletins' donations, summed exactly. The daily bulletin's tests send donations
	 * too, so the totals are compared with what they were before.
	 */
	@Test
	@Order(1)
	void donationsAreSummedExactlyAsDecimalStringsOfYuan() {
		JsonNode before = this.api.view(DONATIONS);
		String total = plus(before.get("total").asString(), "532.8526");

		this.events.send(donation(DonationKind.CASH, "416.1696"));
		this.events.send(donation(DonationKind.CASH, "29.1712"));
		this.events.send(donation(DonationKind.MEDICAL, "87.5118"));

		JsonNode totals = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(DONATIONS), (d) -> total.equals(d.get("total").asString()));
		assertThat(totals.get("total").isString()).as("money is a decimal string").isTrue();
		assertThat(totals.get("byKind").get("CASH").asString())
			.isEqualTo(plus(before.get("byKind").get("CASH").asString(), "445.3408"));
		assertThat(totals.get("byKind").get("MEDICAL").asString())
			.isEqualTo(plus(before.get("byKind").get("MEDICAL").asString(), "87.5118"));
		assertThat(totals.get("byKind").get("OTHER").asString())
			.isEqualTo(before.get("byKind").get("OTHER").asString());
		assertThat(totals.get("byKind").propertyNames()).containsExactly("CASH", "MEDICAL", "OTHER");
	}

	/**
	 * The donations as of an instant are the totals the live view answered at that
	 * instant: read live while donations arrive, then asked again as of each instant.
	 */
	@Test
	@Order(2)
	void donationsAsOfEachInstantAreWhatTheLiveTotalsWereThen() {
		List<Instant> instants = new ArrayList<>();
		List<JsonNode> read = new ArrayList<>();
		JsonNode before = this.api.view(DONATIONS);
		instants.add(Instant.now());
		read.add(before);

		this.events.send(donation(DonationKind.CASH, "100.01"));
		String first = plus(before.get("total").asString(), "100.01");
		read.add(awaitDonations(first));
		instants.add(Instant.now());

		this.events.send(donation(DonationKind.MEDICAL, "0.99"));
		this.events.send(donation(DonationKind.CASH, "50"));
		String second = plus(first, "50.99");
		read.add(awaitDonations(second));
		instants.add(Instant.now());

		for (int i = 0; i < instants.size(); i++) {
			assertThat(this.api.view(DONATIONS + "?asOf=" + instants.get(i))).as("as of " + instants.get(i))
				.isEqualTo(read.get(i));
		}
		JsonNode beforeEverything = this.api.view(DONATIONS + "?asOf=2000-01-01T00:00:00Z");
		assertThat(beforeEverything.get("total").asString()).isEqualTo("0");
		assertThat(beforeEverything.get("byKind").get("CASH").asString()).isEqualTo("0");
		this.api.expectInvalid(DONATIONS + "?asOf=yesterday", "asOf");
		this.api.expectViewersOnly(DONATIONS + "?asOf=2020-02-04T08:00:00Z");
	}

	@Test
	void anItemsStockAsOfEachInstantIsWhatTheLiveStockWasThen() {
		List<Instant> instants = new ArrayList<>();
		List<Optional<JsonNode>> read = new ArrayList<>();
		read.add(stockLine(this.sku));
		instants.add(Instant.now());

		UUID order = UUID.randomUUID();
		this.events.send(new ItemDefined(this.sku, "医用外科口罩", "只", 20_000));
		this.events.send(new SupplyOrdered(order, this.sku, 300_000, "某医疗器械公司", FEB_1.plusDays(10)));
		this.events
			.send(new SupplyReceived(UUID.randomUUID(), this.sku, 40_000, "市应急物资仓库", ReceiptSource.PURCHASE, order));
		read.add(await().atMost(Duration.ofSeconds(30))
			.until(() -> stockLine(this.sku),
					(line) -> line.isPresent() && line.get().get("onHand").asLong() == 40_000));
		instants.add(Instant.now());

		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 24_000, "市应急物资仓库", "市医院发热门诊",
				IssuePriority.FEVER_CLINIC));
		this.events.send(new ItemDefined(this.sku, "一次性医用外科口罩", "只", 30_000));
		read.add(Optional.of(awaitStock(this.sku, 24_000)));
		instants.add(Instant.now());

		for (int i = 0; i < instants.size(); i++) {
			assertThat(stockLineAsOf(this.sku, instants.get(i))).as("as of " + instants.get(i)).isEqualTo(read.get(i));
		}
		assertThat(read.get(0)).as("nothing told of the item yet").isEmpty();
		assertThat(read.get(1).get().get("name").asString()).isEqualTo("医用外科口罩");
		assertThat(read.get(1).get().get("lowStock").asBoolean()).isFalse();
		assertThat(read.get(2).get().get("name").asString()).as("the later definition").isEqualTo("一次性医用外科口罩");
		assertThat(read.get(2).get().get("lowStock").asBoolean()).isTrue();
		this.api.expectInvalid(STOCK + "?asOf=2020-02-04", "asOf");
		this.api.expectViewersOnly(STOCK + "?asOf=2020-02-04T08:00:00Z");
	}

	private Optional<JsonNode> stockLineAsOf(String sku, Instant asOf) {
		return StreamSupport.stream(this.api.view(STOCK + "?asOf=" + asOf).spliterator(), false)
			.filter((line) -> sku.equals(line.get("sku").asString()))
			.findFirst();
	}

	@Test
	void aCommoditysPricesAsOfEachInstantAreWhatTheLivePricesWereThen() {
		List<Instant> instants = new ArrayList<>();
		List<Optional<JsonNode>> read = new ArrayList<>();
		read.add(priceLine());
		instants.add(Instant.now());

		this.events.send(price("四季青市场", "2.30", FEB_1.plusDays(2)));
		read.add(Optional.of(awaitPrice((p) -> "2.3".equals(p.get("latestPriceYuan").asString()))));
		instants.add(Instant.now());

		this.events.send(price("临河农贸市场", "2.00", FEB_1));
		this.events.send(price("四季青市场", "2.54", FEB_1.plusDays(4)));
		read.add(Optional.of(awaitPrice((p) -> "2.54".equals(p.get("latestPriceYuan").asString()))));
		instants.add(Instant.now());

		this.events.send(price("临河农贸市场", "2.60", FEB_1.plusDays(4)));
		this.events.send(price("乌拉特前旗市场", "1.90", FEB_1));
		read.add(Optional.of(awaitPrice((p) -> "2.6".equals(p.get("latestPriceYuan").asString()))));
		instants.add(Instant.now());

		for (int i = 0; i < instants.size(); i++) {
			assertThat(priceLineAsOf(instants.get(i))).as("as of " + instants.get(i)).isEqualTo(read.get(i));
		}
		assertThat(read.get(0)).as("not observed yet").isEmpty();
		assertThat(read.get(2).get().get("baselinePriceYuan").asString()).isEqualTo("2");
		assertThat(read.get(3).get().get("baselinePriceYuan").asString())
			.as("of one day, the first arrival stays the baseline")
			.isEqualTo("2");
		this.api.expectInvalid(PRICES + "?asOf=noon", "asOf");
		this.api.expectViewersOnly(PRICES + "?asOf=2020-02-04T08:00:00Z");
	}

	private Optional<JsonNode> priceLineAsOf(Instant asOf) {
		return StreamSupport.stream(this.api.view(PRICES + "?asOf=" + asOf).spliterator(), false)
			.filter((line) -> this.commodity.equals(line.get("commodity").asString()))
			.findFirst();
	}

	private JsonNode awaitDonations(String total) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(DONATIONS), (d) -> total.equals(d.get("total").asString()));
	}

	@Test
	void stockIsSummedOverWarehousesAndIsLowBelowTheItemsThreshold() {
		UUID order = UUID.randomUUID();
		this.events.send(new ItemDefined(this.sku, "医用外科口罩", "只", 20_000));
		this.events.send(new SupplyOrdered(order, this.sku, 300_000, "某医疗器械公司", FEB_1.plusDays(10)));
		this.events
			.send(new SupplyReceived(UUID.randomUUID(), this.sku, 40_000, "市应急物资仓库", ReceiptSource.PURCHASE, order));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 4_000, "临河区仓库", ReceiptSource.DONATION, null));
		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 24_000, "市应急物资仓库", "市医院发热门诊",
				IssuePriority.FEVER_CLINIC));

		JsonNode line = awaitStock(this.sku, 24_000);
		assertThat(line.get("name").asString()).isEqualTo("医用外科口罩");
		assertThat(line.get("unit").asString()).isEqualTo("只");
		assertThat(line.get("ordered").asLong()).isEqualTo(300_000);
		assertThat(line.get("received").asLong()).isEqualTo(44_000);
		assertThat(line.get("onHand").asLong()).isEqualTo(20_000);
		assertThat(line.get("lowStock").asBoolean()).as("at the threshold is not below it").isFalse();

		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 1, "临河区仓库", "核酸采样组", IssuePriority.SAMPLING));
		this.events.send(new StockLow(this.sku, "临河区仓库", 3_999, 20_000));

		JsonNode low = awaitStock(this.sku, 24_001);
		assertThat(low.get("onHand").asLong()).isEqualTo(19_999);
		assertThat(low.get("lowStock").asBoolean()).isTrue();
	}

	@Test
	void anItemWhoseDefinitionWasNotSeenIsListedWithoutNameAndNeverLow() {
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 5, "市应急物资仓库", ReceiptSource.ALLOCATION, null));
		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 5, "市应急物资仓库", "某社区", IssuePriority.COMMUNITY));

		JsonNode line = awaitStock(this.sku, 5);

		assertThat(line.get("name").isNull()).isTrue();
		assertThat(line.get("onHand").asLong()).isZero();
		assertThat(line.get("lowStock").asBoolean()).isFalse();
	}

	@Test
	void aPriceChangeIsTheLatestAgainstTheFirstObservationInPercentToOneDecimalPlace() {
		this.events.send(price("四季青市场", "2.30", FEB_1.plusDays(2)));
		this.events.send(price("临河农贸市场", "2.00", FEB_1));
		this.events.send(price("四季青市场", "2.54", FEB_1.plusDays(4)));

		JsonNode line = awaitPrice((p) -> "2.54".equals(p.get("latestPriceYuan").asString()));
		assertThat(line.get("unit").asString()).isEqualTo("kg");
		assertThat(line.get("baselinePriceYuan").asString()).as("the earliest day, although it arrived second")
			.isEqualTo("2");
		assertThat(line.get("changePercent").asString()).isEqualTo("27.0");

		this.events.send(price("临河农贸市场", "2.60", FEB_1.plusDays(4)));

		JsonNode tie = awaitPrice((p) -> "2.6".equals(p.get("latestPriceYuan").asString()));
		assertThat(tie.get("changePercent").asString()).as("of one day, the later arrival is the latest")
			.isEqualTo("30.0");
	}

	@Test
	void theSameEventsDeliveredAgainUnderTheirCeIdsChangeNothing() {
		String otherBefore = this.api.view(DONATIONS).get("byKind").get("OTHER").asString();
		List<Sent> sent = new ArrayList<>();
		for (DomainEvent event : List.of(new ItemDefined(this.sku, "防护服", "套", 10),
				new SupplyReceived(UUID.randomUUID(), this.sku, 30, "市应急物资仓库", ReceiptSource.PURCHASE, null),
				new SupplyIssued(UUID.randomUUID(), this.sku, 25, "市应急物资仓库", "市医院发热门诊", IssuePriority.FEVER_CLINIC),
				price("四季青市场", "3.00", FEB_1), price("四季青市场", "3.30", FEB_1.plusDays(1)),
				donation(DonationKind.OTHER, "1000.5"))) {
			sent.add(this.events.send(event));
		}
		JsonNode stock = awaitStock(this.sku, 25);
		JsonNode prices = awaitPrice((p) -> "3.3".equals(p.get("latestPriceYuan").asString()));
		String otherAfter = plus(otherBefore, "1000.5");
		JsonNode donations = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.view(DONATIONS), (d) -> otherAfter.equals(d.get("byKind").get("OTHER").asString()));
		double duplicatesBefore = duplicates();

		sent.forEach((s) -> this.events.send(s.event(), s.eventId()));

		await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + sent.size());
		assertThat(stockLine(this.sku)).contains(stock);
		assertThat(stock.get("onHand").asLong()).isEqualTo(5);
		assertThat(stock.get("lowStock").asBoolean()).isTrue();
		assertThat(priceLine()).contains(prices);
		assertThat(prices.get("changePercent").asString()).isEqualTo("10.0");
		assertThat(this.api.view(DONATIONS)).isEqualTo(donations);
	}

	@Test
	void theStreamStartsWithStockDonationsAndPricesThenSendsTheRowsABatchChanged() {
		try (EventStream stream = this.api.stream("supplies", null)) {
			Received snapshot = await().atMost(Duration.ofSeconds(10))
				.until(stream::events, (events) -> !events.isEmpty())
				.get(0);
			assertThat(snapshot.event().event()).isEqualTo("snapshot");
			assertThat(snapshot.data().get("view").asString()).isEqualTo("supplies");
			assertThat(snapshot.data().get("stock").isArray()).isTrue();
			assertThat(snapshot.data().get("donations").get("total").isString()).isTrue();
			assertThat(snapshot.data().get("prices").isArray()).isTrue();

			this.events
				.send(new SupplyReceived(UUID.randomUUID(), this.sku, 7, "市应急物资仓库", ReceiptSource.PURCHASE, null));

			Received change = await().atMost(Duration.ofSeconds(10))
				.until(() -> stream.changes("supplies")
					.stream()
					.filter((c) -> StreamSupport.stream(c.data().get("stock").spliterator(), false)
						.anyMatch((line) -> this.sku.equals(line.get("sku").asString())))
					.toList(), (changes) -> !changes.isEmpty())
				.get(0);
			JsonNode line = change.data().get("stock").get(0);
			assertThat(line.get("received").asLong()).isEqualTo(7);
			assertThat(line.get("onHand").asLong()).isEqualTo(7);
			assertThat(change.data().has("donations")).as("no donation arrived").isFalse();
			assertThat(change.data().get("prices").isEmpty()).isTrue();
			assertThat(change.id()).isGreaterThan(snapshot.id());
		}
	}

	@Test
	void onlyViewersReadTheSupplyViews() {
		this.api.expectViewersOnly(STOCK);
		this.api.expectViewersOnly(DONATIONS);
		this.api.expectViewersOnly(PRICES);
	}

	private JsonNode awaitStock(String sku, long issued) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> stockLine(sku), (line) -> line.isPresent() && line.get().get("issued").asLong() == issued)
			.get();
	}

	private Optional<JsonNode> stockLine(String sku) {
		return StreamSupport.stream(this.api.view(STOCK).spliterator(), false)
			.filter((line) -> sku.equals(line.get("sku").asString()))
			.findFirst();
	}

	private JsonNode awaitPrice(Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(30))
			.until(this::priceLine, (line) -> line.isPresent() && condition.test(line.get()))
			.get();
	}

	private Optional<JsonNode> priceLine() {
		return StreamSupport.stream(this.api.view(PRICES).spliterator(), false)
			.filter((line) -> this.commodity.equals(line.get("commodity").asString()))
			.findFirst();
	}

	private PriceObserved price(String market, String yuan, LocalDate on) {
		return PriceObserved.of(market, this.commodity, "kg", new BigDecimal(yuan), on);
	}

	private static DonationReceived donation(DonationKind kind, String yuan) {
		return DonationReceived.of(UUID.randomUUID(), "某爱心企业", kind, new BigDecimal(yuan));
	}

	private static String plus(String before, String amount) {
		return new BigDecimal(before).add(new BigDecimal(amount)).stripTrailingZeros().toPlainString();
	}

	private double duplicates() {
		return this.meters.counter("cordon.reporting.events.duplicate").count();
	}

}
