package org.cordon.reporting.bulletin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.contracts.quarantine.CaseConfirmed;
import org.cordon.contracts.quarantine.CaseSuspected;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonIsolated;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.PersonReleased;
import org.cordon.contracts.quarantine.PersonTransferred;
import org.cordon.contracts.supply.DonationKind;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.IssuePriority;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.reporting.bulletin.DatedEvents.Sent;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily bulletin from events published on the four topics in the present, about days
 * of early 2020, as the February 2020 replay enters them. The views are shared by the
 * whole suite: every test works with regions, items and commodities of its own and reads
 * their lines; the donations, which have no key, are on days of 2020 that only one test
 * of the suite writes to (the other tests' donations fall on the days they are entered).
 */
@ReportingServiceTest
class BulletinIT {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate JAN_22 = LocalDate.of(2020, 1, 22);

	static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	static final LocalDate FEB_5 = LocalDate.of(2020, 2, 5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DatabaseClient database;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	BulletinApi api;

	DatedEvents events;

	String region;

	String sku;

	String commodity;

	@BeforeEach
	void connect() {
		this.api = new BulletinApi(this.port);
		this.events = new DatedEvents(this.bootstrap);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.region = "临河区" + suffix;
		this.sku = "MASK-" + suffix;
		this.commodity = "大白菜" + suffix;
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	/**
	 * Late January to early February 2020 in one region, entered now: the checkpoints as
	 * 临河区 reported them on 4 February (the bulletin's "22144 辆…2 月 4 日过往车辆 1048 辆"), six
	 * persons, a masks' stock card, the donations, a staple's prices and four issues.
	 * Each bulletin counts exactly the facts of its day and before.
	 */
	@Test
	void eachDaysBulletinCountsEveryFactOnItsBusinessDayNotWhenItWasEntered() {
		checkpoints();
		persons();
		supplies();
		issues();
		String feb5 = awaitBulletin(FEB_5, (markdown) -> markdown.contains(checkpointsOnFeb5())
				&& markdown.contains(censusOnFeb5()) && markdown.contains(issuesOnFeb5())
				&& markdown.contains("| " + this.sku + " | 个 | 300000 | 45500 | 24000 | 21500 | 0 | 500 | 0 | 低于预警线 |")
				&& markdown.contains("共接收社会资金及各类物资捐赠 533.8526 万元（其中现金 417.1696 万元，医疗物资 29.1712 万元，其他物资 87.5118 万元），"
						+ "2 月 5 日接收 1.0000 万元。")
				&& markdown.contains(this.commodity + " 2.6 元/公斤（2 月 4 日），较 1 月 20 日的 2 元上涨 30.0%"));

		String feb4 = this.api.markdown(FEB_4);
		assertThat(feb4).startsWith("# 信息快报\n\n新型冠状病毒感染肺炎防控工作指挥部\n\n2020 年 2 月 4 日\n\n## 一、交通卡口监测\n")
			.contains(this.region + "各监测点自 1 月 23 日至 2 月 4 日（13 天）共排查过往车辆 22144 辆（其中来临 17571 辆，日均 1703 辆）、人员 53748 人"
					+ "（其中来临 39903 人，日均 4134 人），火车 301 列次（其中日均 23 列次，来临 7434 人，日均 572 人），共劝返车辆 2100 辆（日均 162 辆）、"
					+ "人员 57 人，发现发热人员 3 人；2 月 4 日过往车辆 1048 辆（其中来临 686 辆，劝返 126 辆）、人员 2843 人（其中来临 1651 人），"
					+ "火车 21 列次（来临 338 人，劝返 17 人），发现发热人员 0 人。")
			.contains(
					"| " + this.region + " | 日均 | 1 月 23 日 | 13 | 1703 | 1352 | 162 | 4134 | 3069 | 4 | 23 | 572 | 0 |")
			.contains("| " + this.region + " | G6高速临河出口 | 1048 | 686 | 126 | 2843 | 1651 | 0 | 0 | 0 | 0 |",
					"| " + this.region + " | 临河火车站 | 0 | 0 | 0 | 0 | 0 | 17 | 21 | 338 | 0 |")
			.contains(this.region + "共登记排查人员 6 人（当日新增 2 人），正在医学观察 3 人（居家隔离 1 人、集中隔离 1 人、医院隔离 1 人），解除医学观察 1 人，"
					+ "疑似病例 0 人，确诊病例 1 人（已转至定点医院 0 人），观察期满待解除 1 人。")
			.contains("医用外科口罩（订购 300000 个，到位 45000 个，发放 24000 个，库存 21000 个）")
			.contains("| 医用外科口罩 | " + this.sku + " | 个 | 300000 | 45000 | 24000 | 21000 | 0 | 21000 | 24000 | 低于预警线 |")
			.contains("截至 2 月 4 日，共接收社会资金及各类物资捐赠 532.8526 万元（其中现金 416.1696 万元，医疗物资 29.1712 万元，其他物资 87.5118 万元），"
					+ "2 月 4 日接收 103.6814 万元。")
			.contains("| 现金 | 416.1696 | 4161696.25 | 2 | 161696.25 | 1 |", "| 医疗物资 | 29.1712 | 291712 | 1 | 0 | 0 |",
					"| 其他物资 | 87.5118 | 875118 | 2 | 875118 | 2 |",
					"| 合计 | 532.8526 | 5328526.25 | 5 | 1036814.25 | 3 |")
			.contains(this.commodity + " 2.6 元/公斤（2 月 4 日），较 1 月 20 日的 2 元上涨 30.0%")
			.contains("| " + this.commodity + " | 公斤 | 2.6 | 2 月 4 日 | 2 | 1 月 20 日 | 30.0 |")
			.contains(this.region + "共发现问题 4 个（已整改 1 个，正在整改 3 个，其中逾期未整改 1 个），当日发现 1 个、整改 0 个；追责问责：免职 1 人，诫勉谈话 2 人。")
			.contains("| " + this.region + " | 4 | 1 | 3 | 1 | 1 | 0 | 1 | 2 | 0 | 0 | 0 | 0 |");

		String feb3 = this.api.markdown(FEB_3);
		assertThat(feb3)
			.contains(this.region + "各监测点自 1 月 23 日至 2 月 3 日（12 天）共排查过往车辆 21096 辆（其中来临 16885 辆，日均 1758 辆）、人员 50905 人"
					+ "（其中来临 38252 人，日均 4242 人），火车 280 列次（其中日均 23 列次，来临 7096 人，日均 591 人），共劝返车辆 1974 辆（日均 165 辆）、"
					+ "人员 40 人，发现发热人员 3 人；2 月 3 日过往车辆 9096 辆（其中来临 7885 辆，劝返 974 辆）、人员 20905 人（其中来临 16252 人），"
					+ "火车 280 列次（来临 7096 人，劝返 40 人），发现发热人员 1 人。")
			.contains(this.region + "共登记排查人员 4 人（当日新增 0 人），正在医学观察 4 人（居家隔离 2 人、集中隔离 1 人、医院隔离 1 人），解除医学观察 0 人，"
					+ "疑似病例 1 人，确诊病例 0 人（已转至定点医院 0 人），观察期满待解除 1 人。")
			.contains("| 医用外科口罩 | " + this.sku + " | 个 | 300000 | 24000 | 0 | 24000 | 0 | 0 | 0 | 低于预警线 |")
			.contains("截至 2 月 3 日，共接收社会资金及各类物资捐赠 429.1712 万元（其中现金 400.0000 万元，医疗物资 29.1712 万元，其他物资 0.0000 万元），"
					+ "2 月 3 日接收 29.1712 万元。")
			.contains(this.commodity + " 2.4 元/公斤（2 月 3 日），较 1 月 20 日的 2 元上涨 20.0%")
			.contains(this.region + "共发现问题 3 个（已整改 1 个，正在整改 2 个，其中逾期未整改 0 个），当日发现 0 个、整改 0 个；追责问责：免职 1 人。");

		assertThat(feb5).as("the price of 6 February is not yet known")
			.contains("| " + this.commodity + " | 公斤 | 2.6 | 2 月 4 日 | 2 | 1 月 20 日 | 30.0 |");

		String jan22 = this.api.markdown(JAN_22);
		assertThat(jan22).as("the day before anything happened")
			.doesNotContain(this.region, this.sku)
			.contains("截至 1 月 22 日，共接收社会资金及各类物资捐赠 0.0000 万元");

		String html = this.api.html(FEB_4);
		assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
			.contains("<title>信息快报 2020年2月4日</title>", "@page { size: A4;", "<h1>信息快报</h1>",
					this.region + "各监测点自 1 月 23 日至 2 月 4 日（13 天）共排查过往车辆 22144 辆", this.region + "共登记排查人员 6 人（当日新增 2 人）",
					"共接收社会资金及各类物资捐赠 532.8526 万元", "<td class=\"figure\">5328526.25</td>",
					this.region + "共发现问题 4 个（已整改 1 个，正在整改 3 个，其中逾期未整改 1 个）")
			.doesNotContain("<script");
	}

	private String checkpointsOnFeb5() {
		return this.region + "各监测点自 1 月 23 日至 2 月 5 日（14 天）共排查过往车辆 23044 辆（其中来临 18071 辆，日均 1646 辆）、人员 55748 人"
				+ "（其中来临 41103 人，日均 3982 人），火车 301 列次（其中日均 22 列次，来临 7434 人，日均 531 人），共劝返车辆 2190 辆（日均 156 辆）、"
				+ "人员 57 人，发现发热人员 3 人；2 月 5 日过往车辆 900 辆（其中来临 500 辆，劝返 90 辆）、人员 2000 人（其中来临 1200 人），"
				+ "火车 0 列次（来临 0 人，劝返 0 人），发现发热人员 0 人。";
	}

	private String censusOnFeb5() {
		return this.region + "共登记排查人员 6 人（当日新增 0 人），正在医学观察 2 人（居家隔离 1 人、集中隔离 1 人、医院隔离 0 人），解除医学观察 1 人，"
				+ "疑似病例 0 人，确诊病例 1 人（已转至定点医院 1 人），观察期满待解除 1 人。";
	}

	private String issuesOnFeb5() {
		return this.region + "共发现问题 4 个（已整改 2 个，正在整改 2 个，其中逾期未整改 2 个），当日发现 0 个、整改 1 个；追责问责：免职 1 人，诫勉谈话 2 人，提醒谈话 1 人。";
	}

	/**
	 * 临河区's highway exit and railway station; the figures of 4 February are the
	 * bulletin's.
	 */
	private void checkpoints() {
		UUID highway = UUID.randomUUID();
		UUID railway = UUID.randomUUID();
		this.events.send(new CheckpointRegistered(highway, "G6高速临河出口", this.region, CheckpointKind.HIGHWAY_EXIT));
		this.events.send(new CheckpointRegistered(railway, "临河火车站", this.region, CheckpointKind.RAILWAY_STATION));
		report(highway, local(LocalDate.of(2020, 1, 23), 8),
				new Counts(12_000, 9_000, 1_000, 30_000, 22_000, 0, 0, 0, 2));
		report(highway, local(FEB_3, 8), new Counts(9_096, 7_885, 974, 20_905, 16_252, 0, 0, 0, 1));
		report(railway, local(FEB_3, 10), new Counts(0, 0, 0, 0, 0, 40, 280, 7_096, 0));
		CountsReported day = report(highway, local(FEB_4, 8), new Counts(900, 600, 100, 2_500, 1_400, 0, 0, 0, 0));
		this.events.send(new CountsReported(highway, UUID.randomUUID(), day.periodStart(), day.periodEnd(), 2,
				new Counts(1_000, 650, 120, 2_700, 1_600, 0, 0, 0, 0), day.counts()));
		// a night shift counts for the evening it began
		report(highway, local(FEB_4, 20), new Counts(48, 36, 6, 143, 51, 0, 0, 0, 0));
		// 00:30 in the platform's zone, still 3 February in UTC
		report(railway, local(FEB_4, 0).plusSeconds(1_800), new Counts(0, 0, 0, 0, 0, 17, 21, 338, 0));
		report(highway, local(FEB_5, 8), new Counts(900, 500, 90, 2_000, 1_200, 0, 0, 0, 0));
	}

	private CountsReported report(UUID checkpoint, Instant start, Counts counts) {
		CountsReported report = new CountsReported(checkpoint, UUID.randomUUID(), start, start.plusSeconds(12 * 3600),
				1, counts, null);
		this.events.send(report);
		return report;
	}

	private static Instant local(LocalDate day, int hour) {
		return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(SHANGHAI).toInstant();
	}

	private void persons() {
		UUID p1 = UUID.randomUUID();
		register(p1, LocalDate.of(2020, 1, 25));
		isolate(p1, IsolationMode.HOME, LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 7));
		this.events.send(new PersonReleased(p1, LocalDate.of(2020, 2, 8)));
		UUID p2 = UUID.randomUUID();
		register(p2, LocalDate.of(2020, 1, 24));
		isolate(p2, IsolationMode.HOME, LocalDate.of(2020, 1, 24), FEB_3);
		this.events.send(new PersonReleased(p2, FEB_4));
		UUID p3 = UUID.randomUUID();
		register(p3, LocalDate.of(2020, 1, 26));
		isolate(p3, IsolationMode.CENTRALIZED, LocalDate.of(2020, 1, 26), FEB_4);
		UUID p4 = UUID.randomUUID();
		register(p4, LocalDate.of(2020, 1, 27));
		isolate(p4, IsolationMode.HOME, LocalDate.of(2020, 1, 27), LocalDate.of(2020, 2, 10));
		isolate(p4, IsolationMode.HOSPITAL, LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 16));
		this.events.send(new CaseSuspected(p4, FEB_3));
		this.events.send(new CaseConfirmed(p4, FEB_4));
		this.events.send(new PersonTransferred(p4, "巴彦淖尔市医院", FEB_5));
		register(UUID.randomUUID(), FEB_4);
		// written before the day was carried, at 01:00 on 4 February in the platform's
		// zone
		this.events.send(
				new PersonRegistered(UUID.randomUUID(), this.region, PersonCategory.CLOSE_CONTACT, "临河区", FEB_3),
				Instant.parse("2020-02-03T17:00:00Z"));
	}

	private void register(UUID person, LocalDate on) {
		this.events.send(new PersonRegistered(person, this.region, PersonCategory.RETURNEE_HUBEI, "湖北省武汉市",
				on.minusDays(2), on));
	}

	private void isolate(UUID person, IsolationMode mode, LocalDate startedOn, LocalDate endsOn) {
		this.events.send(new PersonIsolated(person, mode, "某隔离点", startedOn, endsOn, 3));
	}

	private void supplies() {
		UUID order = UUID.randomUUID();
		this.events.send(new ItemDefined(this.sku, "医用外科口罩", "个", 30_000));
		this.events.send(new SupplyOrdered(order, this.sku, 300_000, "某医疗器械公司", FEB_4, LocalDate.of(2020, 1, 28)));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 24_000, "市应急物资仓库", ReceiptSource.PURCHASE,
				order, LocalDate.of(2020, 2, 1)));
		this.events.send(
				new SupplyReceived(UUID.randomUUID(), this.sku, 20_000, "临河区仓库", ReceiptSource.PURCHASE, order, FEB_4));
		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 24_000, "市应急物资仓库", "临河区医院发热门诊",
				IssuePriority.FEVER_CLINIC, FEB_4));
		// written before the day was carried: the last second of 4 February, the first of
		// the 5th, in the platform's zone
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 1_000, "临河区仓库", ReceiptSource.DONATION, null),
				Instant.parse("2020-02-04T15:59:59Z"));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 500, "临河区仓库", ReceiptSource.DONATION, null),
				Instant.parse("2020-02-04T16:00:00Z"));
		donation(DonationKind.CASH, "4000000.00", LocalDate.of(2020, 1, 30));
		donation(DonationKind.MEDICAL, "291712", FEB_3);
		donation(DonationKind.CASH, "161696.25", FEB_4);
		donation(DonationKind.OTHER, "875000.5", FEB_4);
		donation(DonationKind.OTHER, "117.50", FEB_4);
		donation(DonationKind.CASH, "10000", FEB_5);
		price("四季青市场", "2.00", LocalDate.of(2020, 1, 20));
		price("临河农贸市场", "2.10", LocalDate.of(2020, 1, 20));
		price("四季青市场", "2.40", FEB_3);
		price("四季青市场", "2.54", FEB_4);
		price("临河农贸市场", "2.60", FEB_4);
		price("四季青市场", "3.00", LocalDate.of(2020, 2, 6));
	}

	private void donation(DonationKind kind, String yuan, LocalDate on) {
		this.events.send(DonationReceived.of(UUID.randomUUID(), "某企业", kind, new BigDecimal(yuan), on));
	}

	private void price(String market, String yuan, LocalDate on) {
		this.events.send(PriceObserved.of(market, this.commodity, "公斤", new BigDecimal(yuan), on));
	}

	private void issues() {
		UUID i1 = found(LocalDate.of(2020, 1, 30), LocalDate.of(2020, 2, 2));
		this.events.send(new IssueRectified(i1, LocalDate.of(2020, 2, 1), "已整改"));
		UUID i2 = found(LocalDate.of(2020, 1, 31), FEB_3);
		this.events.send(new IssueOverdue(i2, FEB_3, FEB_4));
		UUID i3 = found(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 10));
		this.events.send(new IssueRectified(i3, FEB_5, "已整改"));
		found(FEB_4, FEB_4);
		action(i2, AccountabilityKind.DISMISSAL, LocalDate.of(2020, 2, 2));
		action(i2, AccountabilityKind.ADMONITION_TALK, FEB_4);
		action(i1, AccountabilityKind.ADMONITION_TALK, FEB_4);
		action(i3, AccountabilityKind.REMINDER_TALK, FEB_5);
	}

	private UUID found(LocalDate on, LocalDate deadline) {
		UUID issue = UUID.randomUUID();
		this.events
			.send(new IssueFound(issue, "市督查组", this.region, "某小区卡口", "某社区", "未按要求测温登记", "值守人员未测温", on, deadline));
		return issue;
	}

	private void action(UUID issue, AccountabilityKind kind, LocalDate on) {
		this.events.send(new AccountabilityImposed(UUID.randomUUID(), issue, "某社区书记", kind, on));
	}

	/**
	 * Events written before their day was carried count on the day of their time in the
	 * platform's zone: half past midnight on 10 March there is still 9 March in UTC.
	 */
	@Test
	void anEventWithoutItsDayCountsOnTheDayOfItsTimeInThePlatformsZone() {
		Instant halfPastMidnight = Instant.parse("2020-03-09T16:30:00Z");
		LocalDate march10 = LocalDate.of(2020, 3, 10);
		this.events.send(new ItemDefined(this.sku, "N95口罩", "只", 10));
		this.events.send(new SupplyOrdered(UUID.randomUUID(), this.sku, 700, "某公司", march10), halfPastMidnight);
		this.events.send(
				new SupplyReceived(UUID.randomUUID(), this.sku, 300, "市应急物资仓库", ReceiptSource.ALLOCATION, null),
				halfPastMidnight);
		this.events.send(new SupplyIssued(UUID.randomUUID(), this.sku, 100, "市应急物资仓库", "采样点", IssuePriority.SAMPLING),
				halfPastMidnight);
		this.events.send(new DonationReceived(UUID.randomUUID(), "某个人", DonationKind.OTHER, "123"), halfPastMidnight);
		this.events.send(new PersonRegistered(UUID.randomUUID(), this.region, PersonCategory.KEY_CONTACT, null, null),
				halfPastMidnight);
		String line = "| N95口罩 | " + this.sku + " | 只 | 700 | 300 | 100 | 200 | 700 | 300 | 100 |  |";

		String markdown = awaitBulletin(march10, (text) -> text.contains(line)
				&& text.contains(this.region + "共登记排查人员 1 人（当日新增 1 人）") && text.contains("3 月 10 日接收 0.0123 万元"));

		assertThat(markdown).contains("| 其他物资 |").contains(" | 123 | 1 |");
		assertThat(this.api.markdown(march10.minusDays(1))).doesNotContain(this.sku, this.region)
			.contains("3 月 9 日接收 0.0000 万元");
	}

	/**
	 * An event the outbox relay sends twice (same ce_id, new offset), and records read
	 * again from a rewound position, change no figure of the bulletin.
	 */
	@Test
	void aRedeliveredBatchCountsOnce() {
		LocalDate april1 = LocalDate.of(2020, 4, 1);
		UUID issue = UUID.randomUUID();
		List<Sent> sent = new ArrayList<>();
		sent.add(this.events.send(new ItemDefined(this.sku, "防护服", "套", 100)));
		sent.add(this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 1_040, "市应急物资仓库",
				ReceiptSource.PURCHASE, null, april1)));
		sent.add(this.events.send(DonationReceived.of(UUID.randomUUID(), "某商会", DonationKind.MEDICAL,
				new BigDecimal("2917.12"), april1)));
		sent.add(this.events
			.send(new IssueFound(issue, "市督查组", this.region, "某超市", "某公司", "未登记", "未登记顾客", april1, april1)));
		sent.add(this.events.send(new PersonRegistered(UUID.randomUUID(), this.region,
				PersonCategory.RETURNEE_OUT_OF_CITY, null, null, april1)));
		Predicate<String> applied = (
				text) -> text.contains("| 防护服 | " + this.sku + " | 套 | 0 | 1040 | 0 | 1040 | 0 | 1040 | 0 |  |")
						&& text.contains("4 月 1 日接收 0.2917 万元")
						&& text.contains(this.region + "共发现问题 1 个（已整改 0 个，正在整改 1 个，其中逾期未整改 0 个），当日发现 1 个")
						&& text.contains(this.region + "共登记排查人员 1 人（当日新增 1 人）");
		String before = awaitBulletin(april1, applied);

		double duplicates = duplicates();
		sent.forEach(this.events::again);
		await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicates + sent.size());
		assertThat(this.api.markdown(april1)).as("sent again by the relay").isEqualTo(before);

		rewindAndReadAgain(sent);
		assertThat(this.api.markdown(april1)).as("read again from a rewound position").isEqualTo(before);
	}

	private double duplicates() {
		return this.meters.counter("cordon.reporting.events.duplicate").count();
	}

	/**
	 * Stops the consumer, moves its stored positions back to the events, and waits until
	 * it read them again.
	 */
	private void rewindAndReadAgain(List<Sent> sent) {
		Map<String, Long> rewound = new LinkedHashMap<>();
		for (Sent event : sent) {
			rewound.merge(event.topic() + "/" + event.partition(), event.offset(), Math::min);
		}
		Map<String, Long> reached = new LinkedHashMap<>();
		MessageListenerContainer container = this.listeners.getListenerContainer("views");
		container.stop();
		try {
			rewound.forEach((partition, offset) -> {
				reached.put(partition, position(partition));
				this.database.sql("update consumed_positions set next_offset = $3 where topic = $1 and partition = $2")
					.bind(0, partition.substring(0, partition.indexOf('/')))
					.bind(1, Integer.parseInt(partition.substring(partition.indexOf('/') + 1)))
					.bind(2, offset)
					.fetch()
					.rowsUpdated()
					.block();
			});
		}
		finally {
			container.start();
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> reached.entrySet().stream().allMatch((r) -> position(r.getKey()) >= r.getValue()));
	}

	private long position(String partition) {
		Long next = this.database.sql("select next_offset from consumed_positions where topic = $1 and partition = $2")
			.bind(0, partition.substring(0, partition.indexOf('/')))
			.bind(1, Integer.parseInt(partition.substring(partition.indexOf('/') + 1)))
			.map((row) -> row.get("next_offset", Long.class))
			.one()
			.block();
		return (next != null) ? next : 0;
	}

	/**
	 * The bulletin's tables are verified and rebuilt with every other view: verify finds
	 * them consistent with the log, and after a rebuild the bulletin reads the same.
	 */
	@Test
	void verifyFindsTheBulletinsTablesConsistentAndARebuildReproducesThem() {
		LocalDate may4 = LocalDate.of(2020, 5, 4);
		UUID person = UUID.randomUUID();
		UUID issue = UUID.randomUUID();
		this.events.send(new PersonRegistered(person, this.region, PersonCategory.RETURNEE_HUBEI, "湖北省",
				may4.minusDays(3), may4.minusDays(2)));
		this.events.send(new PersonIsolated(person, IsolationMode.CENTRALIZED, "某宾馆", may4.minusDays(2), may4, 2));
		this.events.send(new IssueFound(issue, "市督查组", this.region, "某药店", "某药店", "未登记", "未登记购药", may4.minusDays(4),
				may4.minusDays(1)));
		this.events.send(
				new AccountabilityImposed(UUID.randomUUID(), issue, "某店长", AccountabilityKind.PUBLIC_CRITICISM, may4));
		this.events.send(new ItemDefined(this.sku, "酒精", "kg", 500));
		this.events.send(new SupplyReceived(UUID.randomUUID(), this.sku, 645, "市应急物资仓库", ReceiptSource.ALLOCATION, null,
				may4.minusDays(1)));
		this.events.send(PriceObserved.of("四季青市场", this.commodity, "公斤", new BigDecimal("3.15"), may4));
		String before = awaitBulletin(may4, (text) -> text
			.contains(this.region + "共登记排查人员 1 人（当日新增 0 人），正在医学观察 1 人（居家隔离 0 人、集中隔离 1 人、医院隔离 0 人），"
					+ "解除医学观察 0 人，疑似病例 0 人，确诊病例 0 人（已转至定点医院 0 人），观察期满待解除 1 人。")
				&& text.contains(this.region + "共发现问题 1 个（已整改 0 个，正在整改 1 个，其中逾期未整改 1 个），当日发现 0 个、整改 0 个；追责问责：通报批评 1 人。")
				&& text.contains("| 酒精 | " + this.sku + " | kg | 0 | 645 | 0 | 645 | 0 | 0 | 0 |  |")
				&& text.contains(this.commodity + " 3.15 元/公斤（5 月 4 日），较 5 月 4 日的 3.15 元基本持平"));

		JsonNode verdict = admin(this.adminClient().get().uri("/api/admin/views/verify"));
		assertThat(verdict.get("consistent").asBoolean()).as(verdict.toString()).isTrue();

		JsonNode started = JSON.readTree(this.adminClient()
			.post()
			.uri("/api/admin/views/rebuild")
			.header(IdentityTokens.HEADER, IdentityTokens.admin())
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.returnResult()
			.getResponseBodyContent());
		String rebuild = "/api/admin/views/rebuild/" + started.get("rebuildId").asString();
		JsonNode done = await().atMost(Duration.ofSeconds(120))
			.until(() -> admin(this.adminClient().get().uri(rebuild)),
					(status) -> !"RUNNING".equals(status.get("state").asString()));
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(this.api.markdown(may4)).isEqualTo(before);
		Integer rows = this.database.sql("select count(*)::int as n from bulletin_persons where region = $1")
			.bind(0, this.region)
			.map((row) -> row.get("n", Integer.class))
			.one()
			.block();
		assertThat(rows).as("the rebuilt table, swapped in").isEqualTo(1);
	}

	private WebTestClient adminClient() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
	}

	private static JsonNode admin(WebTestClient.RequestHeadersSpec<?> request) {
		return JSON.readTree(request.header(IdentityTokens.HEADER, IdentityTokens.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent());
	}

	@Test
	void textIsEscapedInTheHtmlAndTheMarkdown() {
		LocalDate march1 = LocalDate.of(2020, 3, 1);
		this.events.send(new ItemDefined(this.sku, "<img src=x onerror=alert(1)>口罩|*特*", "个", 1));
		this.events
			.send(new SupplyReceived(UUID.randomUUID(), this.sku, 5, "市应急物资仓库", ReceiptSource.PURCHASE, null, march1));

		String markdown = awaitBulletin(march1, (text) -> text.contains(this.sku));
		String html = this.api.html(march1);

		assertThat(markdown)
			.contains("| \\<img src=x onerror=alert(1)\\>口罩\\|\\*特\\* | " + this.sku + " | 个 | 0 | 5 |");
		assertThat(html).contains("<td>&lt;img src=x onerror=alert(1)&gt;口罩|*特*</td>").doesNotContain("<img");
	}

	@Test
	void aMissingOrInvalidDateOrAnAsOfIsABadRequestNamingIt() {
		expectInvalid("", "date");
		expectInvalid("?date=", "date");
		expectInvalid("?date=2020-02-30", "date");
		expectInvalid("?date=04/02/2020", "date");
		expectInvalid("?date=2020-02-04&asOf=2020-02-04T08:00:00Z", "asOf");
	}

	private void expectInvalid(String query, String field) {
		this.api.get(query, "text/markdown", IdentityTokens.viewer())
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@Test
	void viewersAuditorsAndAdminsMayReadTheBulletin() {
		new ReportingApi(this.port).expectViewersOnly(BulletinApi.PATH + "?date=2020-02-04");
		this.api.get("?date=2020-02-04", null, IdentityTokens.admin()).expectStatus().isOk();
		this.api.get("?date=2020-02-30", null, null).expectStatus().isUnauthorized();
	}

	private String awaitBulletin(LocalDate date, Predicate<String> condition) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> this.api.markdown(date), condition);
	}

}
