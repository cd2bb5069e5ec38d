package org.cordon.systemtests;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import org.cordon.devstack.demo.Demo;
import org.cordon.devstack.demo.DemoScript;
import org.cordon.devstack.demo.DemoTarget;
import org.cordon.devstack.demo.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The February 2020 demo end to end: replayed through the gateway into a Cordon of its
 * own (its own Failsafe execution, so no other system test's records mix with the
 * bulletins' figures), the views show exactly the bulletins' figures; replayed again,
 * every request is a duplicate and every figure stays as it was.
 */
@Tag("demo")
class DemoSystemIT {

	static final String VIEWER = "dev-viewer-key";

	static final String LINHE = "临河区";

	static final String WUYUAN = "五原县";

	static final String LINHE_PERIOD = "/api/views/checkpoints/summary?region=临河区&from=2020-01-23&to=2020-02-04";

	static final String LINHE_FEB_4 = "/api/views/checkpoints/summary?region=临河区&from=2020-02-04&to=2020-02-04";

	static final String WUYUAN_QUARANTINE = "/api/views/quarantine/summary?region=五原县";

	static final String STOCK = "/api/views/supplies/stock";

	static final String DONATIONS = "/api/views/supplies/donations";

	static final String PRICES = "/api/views/supplies/prices";

	static final String WUYUAN_LEDGER = "/api/views/inspections/ledger?region=五原县";

	static final List<String> VIEWS = List.of(LINHE_PERIOD, LINHE_FEB_4, WUYUAN_QUARANTINE, STOCK, DONATIONS, PRICES,
			WUYUAN_LEDGER);

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Gateway gateway;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
	}

	@Test
	void theDemoShowsTheBulletinsFiguresAndASecondRunChangesNothing() {
		int requests = DemoScript.calls().size();

		Tally first = Demo.run(DemoTarget.withDevKeys(gateway.url()), System.out);

		assertThat(first.totalAccepted()).isEqualTo(requests);
		assertThat(first.totalConflicts()).isZero();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertLinhesCheckpoints();
			assertWuyuansReturnees();
			assertLinhesSupplies();
			assertWuyuansInspections();
		});
		Map<String, JsonNode> before = views();

		Tally second = Demo.run(DemoTarget.withDevKeys(gateway.url()), System.out);

		assertThat(second.totalAccepted()).isZero();
		assertThat(second.totalConflicts()).isZero();
		assertThat(second.totalDuplicates()).isEqualTo(requests);
		assertThat(second.byKind().keySet()).containsExactlyElementsOf(first.byKind().keySet());
		// nothing was published, so nothing may change while the views apply what there
		// is
		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(views()).isEqualTo(before));
		assertLinhesCheckpoints();
		assertWuyuansReturnees();
		assertLinhesSupplies();
		assertWuyuansInspections();
		assertTheBulletinOfTheFourthOfFebruary();
		assertTheDashboardShowsTheDemo();
	}

	/**
	 * A viewer opening the dashboard on the demo's days reads the bulletins' figures:
	 * Linhe's checkpoints, Wuyuan's returnees and ledger, the city's supplies; the page
	 * is kept as a screenshot.
	 */
	private static void assertTheDashboardShowsTheDemo() {
		String days = "&from=2020-01-23&to=2020-02-04";
		try (DashboardPage page = DashboardPage.start(gateway.url())) {
			page.open("/?region=" + LINHE + days).logIn("viewer", "viewer");
			page.awaitFigure("checkpoints.range.vehiclesInspected", 22_144);
			page.awaitFigure("checkpoints.range.vehiclesInbound", 17_571);
			page.awaitFigure("checkpoints.range.vehiclesTurnedBack", 2_100);
			page.awaitFigure("checkpoints.range.personsChecked", 53_748);
			page.awaitFigure("checkpoints.range.personsInbound", 39_903);
			page.awaitFigure("checkpoints.range.trains", 301);
			page.awaitFigure("checkpoints.range.trainPassengersArrived", 7_434);
			page.awaitFigure("checkpoints.day.2020-02-04.vehiclesInspected", 1_048);
			page.awaitFigure("checkpoints.day.2020-02-04.vehiclesInbound", 686);
			page.awaitFigure("checkpoints.day.2020-02-04.vehiclesTurnedBack", 126);
			page.awaitFigure("checkpoints.day.2020-02-04.personsChecked", 2_843);
			page.awaitFigure("checkpoints.day.2020-02-04.personsInbound", 1_651);
			page.awaitFigure("checkpoints.day.2020-02-04.trains", 21);
			page.awaitFigure("checkpoints.day.2020-02-04.trainPassengersArrived", 338);
			page.awaitFigure("checkpoints.day.2020-02-04.personsTurnedBack", 17);
			page.awaitFigure("supplies.stock.MASK-SURGICAL.ordered", 300_000);
			page.awaitFigure("supplies.stock.MASK-SURGICAL.received", 44_000);
			page.awaitFigure("supplies.stock.MASK-SURGICAL.onHand", 20_000);
			assertThat(new BigDecimal(page.value("supplies.donations.CASH").orElseThrow()))
				.isEqualByComparingTo("4161696.00");
			assertThat(new BigDecimal(page.value("supplies.donations.MEDICAL").orElseThrow()))
				.isEqualByComparingTo("291712.00");
			assertThat(new BigDecimal(page.value("supplies.donations.OTHER").orElseThrow()))
				.isEqualByComparingTo("875118.00");

			page.open("/?region=" + WUYUAN + days).awaitReady();
			page.awaitFigure("quarantine.released", 170);
			page.awaitFigure("quarantine.confirmed", 2);
			page.awaitFigure("quarantine.transferred", 2);
			page.awaitFigure("quarantine.underObservation", 35);
			page.awaitFigure("quarantine.byMode.HOME", 34);
			page.awaitFigure("quarantine.byMode.HOSPITAL", 1);
			page.awaitFigure("inspections.found", 64);
			page.awaitFigure("inspections.rectified", 53);
			page.awaitFigure("inspections.inProgress", 11);
			page.awaitFigure("inspections.accountability.DISMISSAL", 2);
			page.awaitFigure("inspections.accountability.ADMONITION_TALK", 5);
			page.awaitFigure("inspections.accountability.REMINDER_TALK", 3);
			page.awaitFigure("inspections.accountability.PUBLIC_CRITICISM", 1);

			// the whole city: Linhe's checkpoints beside Wuyuan's returnees and ledger
			page.open("/?" + days.substring(1)).awaitReady();
			page.awaitFigure("checkpoints.range.vehiclesInspected", 22_144);
			page.awaitFigure("quarantine.released", 170);
			page.awaitFigure("inspections.found", 64);
			page.screenshotOfTheWholePage(Path.of("target", "dashboard-after-demo.png"));
		}
	}

	/**
	 * The bulletin of 4 February 2020 says what bulletin 84 said, in its phrasing, though
	 * every fact was entered years later: each counts on the day it happened.
	 */
	private static void assertTheBulletinOfTheFourthOfFebruary() {
		String markdown = bulletin(MediaType.parseMediaType("text/markdown"));
		assertThat(markdown).contains("临河区各监测点自 1 月 23 日至 2 月 4 日（13 天）共排查过往车辆 22144 辆（其中来临 17571 辆",
				"、人员 53748 人（其中来临 39903 人", "火车 301 列次", "来临 7434 人", "共劝返车辆 2100 辆",
				"2 月 4 日过往车辆 1048 辆（其中来临 686 辆，劝返 126 辆）、人员 2843 人（其中来临 1651 人），火车 21 列次（来临 338 人，劝返 17 人）",
				"五原县共登记排查人员 207 人",
				"正在医学观察 35 人（居家隔离 34 人、集中隔离 0 人、医院隔离 1 人），解除医学观察 170 人，疑似病例 0 人，确诊病例 2 人（已转至定点医院 2 人）",
				"医用外科口罩（订购 300000 只，到位 44000 只，发放 24000 只，库存 20000 只）", "医用防护服（订购 3000 套，到位 1542 套，发放 0 套，库存 1542 套）",
				"共接收社会资金及各类物资捐赠 532.8526 万元（其中现金 416.1696 万元，医疗物资 29.1712 万元，其他物资 87.5118 万元）",
				"五原县共发现问题 64 个（已整改 53 个，正在整改 11 个，其中逾期未整改 0 个）", "追责问责：免职 2 人，诫勉谈话 5 人，提醒谈话 3 人，通报批评 1 人。");
		String html = bulletin(MediaType.TEXT_HTML);
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<title>信息快报 2020年2月4日</title>", "共排查过往车辆 22144 辆", "五原县共发现问题 64 个");
	}

	private static String bulletin(MediaType type) {
		EntityExchangeResult<byte[]> answer = Paced
			.send(() -> gateway.get("/api/views/bulletin?date=2020-02-04", VIEWER, type));
		assertThat(answer.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getResponseHeaders().getContentType()).isNotNull()
			.satisfies((contentType) -> assertThat(contentType.isCompatibleWith(type)).isTrue());
		return new String(answer.getResponseBody(), StandardCharsets.UTF_8);
	}

	private static void assertLinhesCheckpoints() {
		JsonNode period = view(LINHE_PERIOD);
		assertThat(period.get("days").asInt()).isEqualTo(13);
		assertCounts(period.get("totals"), 22_144, 17_571, 2_100, 53_748, 39_903, 17, 301, 7_434);
		assertThat(period.get("byCheckpoint")).hasSize(7);
		JsonNode feb4 = view(LINHE_FEB_4);
		assertCounts(feb4.get("totals"), 1_048, 686, 126, 2_843, 1_651, 17, 21, 338);
	}

	private static void assertCounts(JsonNode totals, int vehiclesInspected, int vehiclesInbound,
			int vehiclesTurnedBack, int personsChecked, int personsInbound, int personsTurnedBack, int trains,
			int trainPassengersArrived) {
		assertThat(totals.get("vehiclesInspected").asInt()).isEqualTo(vehiclesInspected);
		assertThat(totals.get("vehiclesInbound").asInt()).isEqualTo(vehiclesInbound);
		assertThat(totals.get("vehiclesTurnedBack").asInt()).isEqualTo(vehiclesTurnedBack);
		assertThat(totals.get("personsChecked").asInt()).isEqualTo(personsChecked);
		assertThat(totals.get("personsInbound").asInt()).isEqualTo(personsInbound);
		assertThat(totals.get("personsTurnedBack").asInt()).isEqualTo(personsTurnedBack);
		assertThat(totals.get("trains").asInt()).isEqualTo(trains);
		assertThat(totals.get("trainPassengersArrived").asInt()).isEqualTo(trainPassengersArrived);
		assertThat(totals.get("feverDetected").asInt()).isZero();
	}

	private static void assertWuyuansReturnees() {
		JsonNode summary = view(WUYUAN_QUARANTINE);
		assertThat(summary.get("registered").asInt()).isEqualTo(207);
		assertThat(summary.get("released").asInt()).isEqualTo(170);
		assertThat(summary.get("confirmed").asInt()).isEqualTo(2);
		assertThat(summary.get("transferred").asInt()).isEqualTo(2);
		assertThat(summary.get("suspected").asInt()).isZero();
		// 34 still observed at home, 1 in medical isolation in hospital
		assertThat(summary.get("underObservation").asInt()).isEqualTo(35);
		assertThat(summary.get("byMode").get("HOME").asInt()).isEqualTo(34);
		assertThat(summary.get("byMode").get("HOSPITAL").asInt()).isEqualTo(1);
		assertThat(summary.get("byMode").get("CENTRALIZED").asInt()).isZero();
	}

	private static void assertLinhesSupplies() {
		Map<String, JsonNode> stock = new LinkedHashMap<>();
		view(STOCK).forEach((line) -> stock.put(line.get("sku").asString(), line));
		JsonNode masks = stock.get("MASK-SURGICAL");
		assertThat(masks).as("masks on the stock view").isNotNull();
		assertThat(masks.get("ordered").asLong()).isEqualTo(300_000);
		assertThat(masks.get("received").asLong()).isEqualTo(44_000);
		assertThat(masks.get("issued").asLong()).isEqualTo(24_000);
		assertThat(masks.get("onHand").asLong()).isEqualTo(20_000);
		assertThat(masks.get("lowStock").asBoolean()).isTrue();
		JsonNode suits = stock.get("SUIT-PROTECTIVE");
		assertThat(suits).as("suits on the stock view").isNotNull();
		assertThat(suits.get("ordered").asLong()).isEqualTo(3_000);
		assertThat(suits.get("received").asLong()).isEqualTo(502 + 1_040);
		assertThat(suits.get("onHand").asLong()).isEqualTo(1_542);
		JsonNode donations = view(DONATIONS);
		assertThat(new BigDecimal(donations.get("byKind").get("CASH").asString())).isEqualByComparingTo("4161696.00");
		assertThat(new BigDecimal(donations.get("byKind").get("MEDICAL").asString())).isEqualByComparingTo("291712.00");
		assertThat(new BigDecimal(donations.get("byKind").get("OTHER").asString())).isEqualByComparingTo("875118.00");
		assertThat(new BigDecimal(donations.get("total").asString())).isEqualByComparingTo("5328526.00");
		Map<String, JsonNode> prices = new LinkedHashMap<>();
		view(PRICES).forEach((line) -> prices.put(line.get("commodity").asString(), line));
		assertThat(new BigDecimal(prices.get("蔬菜（均价）").get("changePercent").asString())).isEqualByComparingTo("27");
	}

	private static void assertWuyuansInspections() {
		JsonNode ledger = view(WUYUAN_LEDGER);
		assertThat(ledger.get("found").asInt()).isEqualTo(64);
		assertThat(ledger.get("rectified").asInt()).isEqualTo(53);
		assertThat(ledger.get("inProgress").asInt()).isEqualTo(11);
		// the open issues' deadlines of February 2020 have long passed: once the overdue
		// check ran (at start-up and every minute) all 11 are overdue
		assertThat(ledger.get("overdue").asInt()).isEqualTo(11);
		JsonNode accountability = ledger.get("accountability");
		assertThat(accountability.get("DISMISSAL").asInt()).isEqualTo(2);
		assertThat(accountability.get("ADMONITION_TALK").asInt()).isEqualTo(5);
		assertThat(accountability.get("REMINDER_TALK").asInt()).isEqualTo(3);
		assertThat(accountability.get("PUBLIC_CRITICISM").asInt()).isEqualTo(1);
	}

	private static Map<String, JsonNode> views() {
		Map<String, JsonNode> views = new LinkedHashMap<>();
		VIEWS.forEach((path) -> views.put(path, view(path)));
		return views;
	}

	private static JsonNode view(String path) {
		EntityExchangeResult<byte[]> answer = Paced.send(() -> gateway.get(path, VIEWER));
		assertThat(answer.getStatus()).as(path).isEqualTo(HttpStatus.OK);
		return JSON.readTree(answer.getResponseBody());
	}

}
