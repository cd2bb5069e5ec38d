package org.cordon.devstack.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The demo's scenario: 23 January – 4 February 2020 in Linhe district (临河区) and Wuyuan
 * county (五原县), from the Bayannur command's bulletins 84 and 85 of 6 February 2020
 * (信息快报第84期、第85期). The bulletins' figures are the constants here; everything else — how a
 * total splits over days, checkpoints, donors and deliveries — is derived from them with
 * {@link Apportion}, so the totals come out exactly by construction, and the unit tests
 * prove they do and that every record keeps the services' rules. Names, ID numbers,
 * phones, addresses and the officials held to account are made up
 * ({@link SyntheticPerson}).
 */
public final class February2020 {

	/** The platform's time zone, in which every day below is a day. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The command was formed on 23 January (bulletin 85: "1月23日，成立了……指挥部"). */
	public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 23);

	/** The last day the bulletins report. */
	public static final LocalDate LAST_DAY = LocalDate.of(2020, 2, 4);

	public static final String LINHE = "临河区";

	public static final String WUYUAN = "五原县";

	// ---- Linhe's checkpoints (bulletin 85, 二、以有力的举措加强交通管控) ----

	/**
	 * Every monitoring point together over the period: 22,144 vehicles (17,571 inbound),
	 * 2,100 turned back, 53,748 persons (39,903 inbound), 301 trains with 7,434 arriving
	 * passengers. Persons turned back are reported only for the railway station on 4
	 * February, so that is the period's figure too; fevers at the posts are not reported.
	 */
	public static final Counts LINHE_PERIOD = new Counts(22_144, 17_571, 2_100, 53_748, 39_903, 17, 301, 7_434, 0);

	/**
	 * 4 February alone: 1,048 vehicles (686 inbound, 126 turned back), 2,843 persons
	 * (1,651 inbound), 21 trains (338 arriving, 17 turned back).
	 */
	public static final Counts LINHE_FEB_4 = new Counts(1_048, 686, 126, 2_843, 1_651, 17, 21, 338, 0);

	/**
	 * How traffic fell from 23 January to 3 February ("返临车流人流日益减少"): the days' weights
	 * for vehicles, persons and arriving passengers, 23 January first.
	 */
	static final int[] TRAFFIC_BY_DAY = { 100, 96, 92, 88, 84, 80, 76, 72, 68, 64, 60, 56 };

	/** Trains ran to a timetable, thinned slowly: the days' weights for trains. */
	static final int[] TRAINS_BY_DAY = { 26, 26, 25, 25, 24, 24, 23, 23, 22, 22, 21, 21 };

	/**
	 * The posts the bulletin names, in its order; the road posts' share of road traffic.
	 */
	public static final List<Checkpoint> CHECKPOINTS = List.of(
			new Checkpoint("g6-linhe-exit", "G6 高速临河出口", "HIGHWAY_EXIT", 28),
			new Checkpoint("g242", "国道 242", "NATIONAL_ROAD", 20),
			new Checkpoint("linshan", "临陕线", "CITY_ENTRANCE", 14),
			new Checkpoint("lindeng", "临磴线", "CITY_ENTRANCE", 12), new Checkpoint("linwu", "临五线", "CITY_ENTRANCE", 16),
			new Checkpoint("g6-linhe-east-exit", "G6 高速临河东出口（应急通道）", "HIGHWAY_EXIT", 10),
			new Checkpoint("linhe-railway-station", "临河火车站", "RAILWAY_STATION", 0));

	// ---- Wuyuan's returnees (bulletin 84, 三、聚焦人员管控) ----

	/** 湖北武汉等地返回人员 207 人. */
	public static final int RETURNEES = 207;

	/** 解除医学观察 170 人. */
	public static final int RELEASED = 170;

	/** 继续留观 34 人: at home (全部居家隔离). */
	public static final int OBSERVED_AT_HOME = 34;

	/** 2 人确诊已转至市定点医院. */
	public static final int CONFIRMED_AND_TRANSFERRED = 2;

	/** 1 人医学隔离: modelled as isolation in hospital (ADR 0022). */
	public static final int IN_MEDICAL_ISOLATION = 1;

	/** The city's designated hospital the confirmed cases went to. */
	public static final String DESIGNATED_HOSPITAL = "巴彦淖尔市医院";

	/** Days of observation from the last exposure (quarantine-service's default). */
	public static final int OBSERVATION_DAYS = 14;

	static final List<String> WUYUAN_TOWNS = List.of("隆兴昌镇", "塔尔湖镇", "复兴镇", "胜丰镇", "新公中镇", "天吉泰镇", "和胜乡", "银定图镇", "套海镇",
			"荣丰办事处");

	// ---- Linhe's supplies (bulletin 85, 六、以迅速的行动加强物资保障) ----

	public static final String WAREHOUSE = "临河区防控物资储备库";

	/** Masks: below 30,000 only fever clinics and sampling may draw (ADR 0022). */
	public static final Item MASKS = new Item("MASK-SURGICAL", "医用外科口罩", "只", 30_000);

	public static final Item SUITS = new Item("SUIT-PROTECTIVE", "医用防护服", "套", 500);

	public static final Item ALCOHOL = new Item("ALCOHOL-75", "75%酒精", "千克", 10_000);

	/** 口罩购买 30 万个. */
	public static final int MASKS_ORDERED = 300_000;

	/** 到位 4.4 万个. */
	public static final int MASKS_RECEIVED = 44_000;

	/** 库存 2 万个. */
	public static final int MASKS_ON_HAND = 20_000;

	/** 防护服原库存 502 套. */
	public static final int SUITS_OLD_STOCK = 502;

	/** 新购买 3000 套. */
	public static final int SUITS_ORDERED = 3_000;

	/** 已到位 1040 套, the rest expected the evening of 6 February. */
	public static final int SUITS_ARRIVED = 1_040;

	/** 酒精 64.5 吨. */
	public static final int ALCOHOL_KG = 64_500;

	/** Donations in 10,000 yuan, as printed: 现金 416.1696 万元. */
	public static final BigDecimal CASH_WAN = new BigDecimal("416.1696");

	/** 医疗物资 29.1712 万元. */
	public static final BigDecimal MEDICAL_WAN = new BigDecimal("29.1712");

	/** 其他物资 87.5118 万元. */
	public static final BigDecimal OTHER_WAN = new BigDecimal("87.5118");

	/** 四季青蔬菜批发市场, where Linhe watched prices. */
	public static final String MARKET = "四季青蔬菜批发市场";

	/** 果蔬……售价平均上涨 27%, compared with December. */
	public static final int VEGETABLES_UP_PERCENT = 27;

	// ---- Wuyuan's inspections (bulletin 84, 八、聚焦督查检查) ----

	/** 64 个问题. */
	public static final int ISSUES_FOUND = 64;

	/** 已整改 53 个. */
	public static final int ISSUES_RECTIFIED = 53;

	/** 正在整改 11 个. */
	public static final int ISSUES_IN_PROGRESS = 11;

	/** 免职 2 人，诫勉谈话 5 人，提醒谈话 3 人，通报批评 1 人, in this order. */
	public static final List<String> ACCOUNTABILITY = List.of("DISMISSAL", "DISMISSAL", "ADMONITION_TALK",
			"ADMONITION_TALK", "ADMONITION_TALK", "ADMONITION_TALK", "ADMONITION_TALK", "REMINDER_TALK",
			"REMINDER_TALK", "REMINDER_TALK", "PUBLIC_CRITICISM");

	private February2020() {
	}

	/**
	 * @return every day of the period, 23 January first
	 */
	public static List<LocalDate> days() {
		return FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).toList();
	}

	// ---- checkpoints ----

	/**
	 * Linhe's figures of each day: 4 February as the bulletin gives it, the days before
	 * sharing the rest of the period by {@link #TRAFFIC_BY_DAY} and
	 * {@link #TRAINS_BY_DAY}.
	 * @return one figure per day, 23 January first
	 */
	public static List<Counts> linheByDay() {
		Counts before = LINHE_PERIOD.minus(LINHE_FEB_4);
		int[][] byFigure = new int[9][];
		int[] figures = before.values();
		for (int f = 0; f < figures.length; f++) {
			boolean trains = f == 6;
			boolean railwayTurnbacks = f == 5;
			// the railway's turnbacks are reported for 4 February only: none before
			int[] weights = trains ? TRAINS_BY_DAY : TRAFFIC_BY_DAY;
			byFigure[f] = railwayTurnbacks ? new int[TRAFFIC_BY_DAY.length] : Apportion.split(figures[f], weights);
		}
		List<Counts> days = new ArrayList<>();
		for (int d = 0; d < TRAFFIC_BY_DAY.length; d++) {
			int day = d;
			days.add(Counts.of(IntStream.range(0, 9).map((f) -> byFigure[f][day]).toArray()));
		}
		days.add(LINHE_FEB_4);
		return days;
	}

	/**
	 * Every post's report of every day: road figures (vehicles, persons) over the road
	 * posts by their weights; trains, arriving passengers and the persons turned back
	 * from them at the railway station.
	 * @return the reports, day by day, each day in the bulletin's order of posts
	 */
	public static List<CountReport> countReports() {
		List<CountReport> reports = new ArrayList<>();
		List<LocalDate> days = days();
		List<Counts> byDay = linheByDay();
		int[] roadWeights = CHECKPOINTS.stream().mapToInt(Checkpoint::roadWeight).toArray();
		for (int d = 0; d < days.size(); d++) {
			Counts day = byDay.get(d);
			int[][] road = { Apportion.split(day.vehiclesInspected(), roadWeights),
					Apportion.split(day.vehiclesInbound(), roadWeights),
					Apportion.split(day.vehiclesTurnedBack(), roadWeights),
					Apportion.split(day.personsChecked(), roadWeights),
					Apportion.split(day.personsInbound(), roadWeights) };
			for (int c = 0; c < CHECKPOINTS.size(); c++) {
				Checkpoint checkpoint = CHECKPOINTS.get(c);
				boolean railway = checkpoint.isRailwayStation();
				Counts counts = new Counts(road[0][c], road[1][c], road[2][c], road[3][c], road[4][c],
						railway ? day.personsTurnedBack() : 0, railway ? day.trains() : 0,
						railway ? day.trainPassengersArrived() : 0, 0);
				reports.add(new CountReport(checkpoint, days.get(d), counts));
			}
		}
		return reports;
	}

	// ---- returnees ----

	/**
	 * Wuyuan's 207 returnees: the 2 confirmed cases (isolated in the reserved hotel from
	 * their return, "第一时间安排到预留宾馆隔离观察", then suspected, confirmed and transferred), the 1
	 * in medical isolation (in hospital), the 170 released on the day their 14 days from
	 * the last exposure were complete (30 January – 4 February), and the 34 still
	 * observed at home, whose 14 days end after 4 February.
	 * @return the returnees, numbered from 1
	 */
	public static List<Returnee> returnees() {
		List<Returnee> returnees = new ArrayList<>();
		LocalDate jan = LocalDate.of(2020, 1, 1);
		String hotel = "五原县预留隔离宾馆";
		for (int k = 0; k < CONFIRMED_AND_TRANSFERRED; k++) {
			LocalDate suspected = jan.plusDays(25 + k);
			returnees.add(new Returnee(k + 1, WUYUAN_TOWNS.get(0), Outcome.CONFIRMED_AND_TRANSFERRED, jan.plusDays(20),
					FIRST_DAY, "CENTRALIZED", hotel, null, suspected, suspected.plusDays(1), suspected.plusDays(2)));
		}
		// returned with the confirmed cases; observed since their suspicion
		LocalDate contact = jan.plusDays(25);
		returnees.add(new Returnee(3, WUYUAN_TOWNS.get(0), Outcome.MEDICAL_ISOLATION, contact, contact, "HOSPITAL",
				"五原县人民医院隔离病区", null, null, null, null));
		for (int k = 0; k < RELEASED; k++) {
			int number = returnees.size() + 1;
			LocalDate lastExposure = jan.plusDays(15 + k % 6);
			LocalDate registered = FIRST_DAY.plusDays(k % 5);
			String town = WUYUAN_TOWNS.get(number % WUYUAN_TOWNS.size());
			returnees.add(new Returnee(number, town, Outcome.RELEASED, lastExposure, registered, "HOME", home(town),
					lastExposure.plusDays(OBSERVATION_DAYS), null, null, null));
		}
		for (int k = 0; k < OBSERVED_AT_HOME; k++) {
			int number = returnees.size() + 1;
			LocalDate lastExposure = jan.plusDays(21 + k % 8);
			LocalDate registered = (lastExposure.isBefore(FIRST_DAY) ? FIRST_DAY : lastExposure).plusDays(k % 4);
			String town = WUYUAN_TOWNS.get(number % WUYUAN_TOWNS.size());
			returnees.add(new Returnee(number, town, Outcome.OBSERVED_AT_HOME, lastExposure, registered, "HOME",
					home(town), null, null, null, null));
		}
		return returnees;
	}

	private static String home(String town) {
		// the site is published: the town, never the address
		return town + "居家隔离";
	}

	// ---- supplies ----

	/**
	 * @return the items Linhe keeps on stock cards
	 */
	public static List<Item> items() {
		return List.of(MASKS, SUITS, ALCOHOL);
	}

	public static final Order MASK_ORDER = new Order("order/masks", MASKS, MASKS_ORDERED, "临河区卫健委多渠道采购",
			LocalDate.of(2020, 1, 24), LocalDate.of(2020, 2, 15));

	public static final Order SUIT_ORDER = new Order("order/suits", SUITS, SUITS_ORDERED, "临河区应急管理局采购",
			LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 6));

	/**
	 * @return the orders
	 */
	public static List<Order> orders() {
		return List.of(MASK_ORDER, SUIT_ORDER);
	}

	static final LocalDate[] MASK_DELIVERIES = { LocalDate.of(2020, 1, 26), LocalDate.of(2020, 1, 29),
			LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 3) };

	static final int[] MASK_DELIVERY_WEIGHTS = { 10, 12, 14, 8 };

	static final int[] MASK_ISSUE_WEIGHTS = { 5, 7, 8, 4 };

	static final String[] MASK_RECIPIENTS = { "临河区人民医院发热门诊", "临河区疾控中心采样组", "临河区各乡镇卫生院发热门诊", "临河区疾控中心采样组" };

	static final String[] MASK_PRIORITIES = { "FEVER_CLINIC", "SAMPLING", "FEVER_CLINIC", "SAMPLING" };

	/**
	 * Receipts: the masks in four deliveries against their order; the suits' old stock on
	 * the first day, then two deliveries against their order; alcohol in three purchases.
	 * @return the receipts, by day
	 */
	public static List<Receipt> receipts() {
		List<Receipt> receipts = new ArrayList<>();
		int[] masks = Apportion.split(MASKS_RECEIVED, MASK_DELIVERY_WEIGHTS);
		for (int i = 0; i < masks.length; i++) {
			receipts.add(new Receipt("receipt/masks/" + (i + 1), MASKS, masks[i], "PURCHASE", MASK_ORDER,
					MASK_DELIVERIES[i]));
		}
		receipts.add(new Receipt("receipt/suits/old-stock", SUITS, SUITS_OLD_STOCK, "ALLOCATION", null, FIRST_DAY));
		int[] suits = Apportion.split(SUITS_ARRIVED, 54, 50);
		receipts
			.add(new Receipt("receipt/suits/1", SUITS, suits[0], "PURCHASE", SUIT_ORDER, LocalDate.of(2020, 1, 31)));
		receipts.add(new Receipt("receipt/suits/2", SUITS, suits[1], "PURCHASE", SUIT_ORDER, LocalDate.of(2020, 2, 3)));
		int[] alcohol = Apportion.split(ALCOHOL_KG, 20, 25, 20);
		LocalDate[] alcoholDays = { LocalDate.of(2020, 1, 24), LocalDate.of(2020, 1, 28), LocalDate.of(2020, 2, 2) };
		for (int i = 0; i < alcohol.length; i++) {
			receipts
				.add(new Receipt("receipt/alcohol/" + (i + 1), ALCOHOL, alcohol[i], "PURCHASE", null, alcoholDays[i]));
		}
		return receipts;
	}

	/**
	 * Issues: the masks received less the 20,000 in stock, to fever clinics and sampling
	 * teams on the days of the deliveries (scarce: nobody else may draw below the
	 * threshold). The bulletin gives no issue of suits or alcohol, so the demo makes
	 * none.
	 * @return the issues, by day
	 */
	public static List<Issue> issues() {
		int[] masks = Apportion.split(MASKS_RECEIVED - MASKS_ON_HAND, MASK_ISSUE_WEIGHTS);
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < masks.length; i++) {
			issues.add(new Issue("issue/masks/" + (i + 1), MASKS, masks[i], MASK_RECIPIENTS[i], MASK_PRIORITIES[i],
					MASK_DELIVERIES[i]));
		}
		return issues;
	}

	/**
	 * The donations, each kind's total over several donors in whole fen.
	 * @return the donations, by day
	 */
	public static List<Donation> donations() {
		List<Donation> donations = new ArrayList<>();
		donations
			.addAll(split("CASH", CASH_WAN, List.of("临河区党员干部自愿捐款", "临河区区直机关干部职工", "某商会（示例）", "某建筑企业（示例）", "社会各界爱心人士"),
					new int[] { 40, 25, 15, 12, 8 }, 27));
		donations.addAll(split("MEDICAL", MEDICAL_WAN, List.of("某医药企业（示例）", "某商贸公司（示例）"), new int[] { 60, 40 }, 29));
		donations.addAll(split("OTHER", OTHER_WAN, List.of("某粮油企业（示例）", "某乳业公司（示例）", "某蔬菜合作社（示例）"),
				new int[] { 45, 35, 20 }, 28));
		return donations;
	}

	private static List<Donation> split(String kind, BigDecimal wan, List<String> donors, int[] weights,
			int firstDayOfJanuary) {
		long fen = wan.movePointRight(6).longValueExact();
		long[] shares = Apportion.split(fen, IntStream.of(weights).asLongStream().toArray());
		List<Donation> donations = new ArrayList<>();
		for (int i = 0; i < donors.size(); i++) {
			LocalDate day = LocalDate.of(2020, 1, 1).plusDays(firstDayOfJanuary - 1 + 2L * i);
			donations.add(new Donation("donation/" + kind.toLowerCase(Locale.ROOT) + "/" + (i + 1), donors.get(i), kind,
					BigDecimal.valueOf(shares[i], 2), day));
		}
		return donations;
	}

	/**
	 * Prices at the vegetable market: December's as the baseline, then vegetables 27% up
	 * by 4 February, the other staples flat ("其他生活必需品价格较12月份相比基本持平").
	 * @return the observations, by day
	 */
	public static List<Price> prices() {
		LocalDate december = LocalDate.of(2019, 12, 16);
		BigDecimal vegetables = new BigDecimal("4.00");
		BigDecimal up = vegetables.multiply(BigDecimal.valueOf(100 + VEGETABLES_UP_PERCENT)).movePointLeft(2);
		return List.of(new Price(MARKET, "蔬菜（均价）", "千克", vegetables, december),
				new Price(MARKET, "大米", "千克", new BigDecimal("5.60"), december),
				new Price(MARKET, "面粉", "千克", new BigDecimal("3.20"), december),
				new Price(MARKET, "蔬菜（均价）", "千克", new BigDecimal("4.60"), LocalDate.of(2020, 1, 28)),
				new Price(MARKET, "蔬菜（均价）", "千克", up, LAST_DAY),
				new Price(MARKET, "大米", "千克", new BigDecimal("5.60"), LAST_DAY),
				new Price(MARKET, "面粉", "千克", new BigDecimal("3.20"), LAST_DAY));
	}

	// ---- inspections ----

	static final List<String> TEAMS = List.of("县专项督查组", "市工作组", "自治区督导组");

	static final List<String[]> FINDINGS = List.of(new String[] { "卡点值守", "卡点值守人员未按要求佩戴口罩、登记不全（示例）" },
			new String[] { "体温检测登记", "体温检测登记表缺项，测温时间未记录（示例）" }, new String[] { "小区封闭管理", "小区保留多个出入口，外来人员未劝返（示例）" },
			new String[] { "村组防控", "村口值守点夜间无人值守（示例）" }, new String[] { "宣传引导", "村村响大喇叭未按时播放防控知识（示例）" },
			new String[] { "物资管理", "防控物资出入库台账不完整（示例）" }, new String[] { "人员排查", "返乡人员排查底数不清（示例）" });

	/**
	 * Wuyuan's 64 issues: 53 found from 25 January to 1 February and rectified within
	 * their three-day deadline; 11 found from 1 to 4 February, in progress, with
	 * deadlines after 4 February.
	 * @return the issues, numbered from 1
	 */
	public static List<InspectionIssue> inspectionIssues() {
		List<InspectionIssue> issues = new ArrayList<>();
		LocalDate jan25 = LocalDate.of(2020, 1, 25);
		for (int k = 0; k < ISSUES_FOUND; k++) {
			int number = k + 1;
			String town = WUYUAN_TOWNS.get(k % WUYUAN_TOWNS.size());
			String[] finding = FINDINGS.get(k % FINDINGS.size());
			String unit = town.endsWith("办事处") ? town : town + "人民政府";
			boolean rectified = k < ISSUES_RECTIFIED;
			LocalDate found;
			LocalDate deadline;
			LocalDate rectifiedOn = null;
			if (rectified) {
				found = jan25.plusDays(k % 8);
				deadline = found.plusDays(3);
				rectifiedOn = found.plusDays(1 + k % 2);
			}
			else {
				int j = k - ISSUES_RECTIFIED;
				found = LocalDate.of(2020, 2, 1).plusDays(j % 4);
				deadline = found.plusDays(5 + j % 3);
			}
			issues.add(new InspectionIssue(number, TEAMS.get(k % TEAMS.size()), WUYUAN,
					town + "第" + (k % 9 + 1) + "号检查点位", unit, finding[0], finding[1], found, deadline, rectifiedOn,
					rectified ? "已现场整改并复查（示例）" : null));
		}
		return issues;
	}

	static final List<String> SUBJECTS = List.of("某村党支部书记（示例）", "某社区党支部书记（示例）", "某村委会主任（示例）", "某镇包联干部（示例）",
			"某社区网格员（示例）", "某卡点带班干部（示例）", "某单位值班负责人（示例）", "某村防控工作人员（示例）", "某小区物业负责人（示例）", "某镇卫生院负责人（示例）",
			"某镇防控办工作人员（示例）");

	/**
	 * The 11 accountability actions, each answering one of the first rectified issues, on
	 * the day after the issue was found.
	 * @return the actions, numbered from 1
	 */
	public static List<Action> accountability() {
		List<InspectionIssue> issues = inspectionIssues();
		List<Action> actions = new ArrayList<>();
		for (int k = 0; k < ACCOUNTABILITY.size(); k++) {
			InspectionIssue issue = issues.get(k);
			String town = WUYUAN_TOWNS.get(k % WUYUAN_TOWNS.size());
			actions.add(new Action(k + 1, issue, town + SUBJECTS.get(k), ACCOUNTABILITY.get(k),
					issue.foundOn().plusDays(1)));
		}
		return actions;
	}

	// ---- the records ----

	/**
	 * A monitoring point.
	 *
	 * @param key its name in the demo's ids
	 * @param name as the bulletin names it
	 * @param kind API.md's kind
	 * @param roadWeight its share of the road traffic; 0 for the railway station
	 */
	public record Checkpoint(String key, String name, String kind, int roadWeight) {

		public UUID checkpointId() {
			return NameBasedIds.of("checkpoint/" + this.key);
		}

		public boolean isRailwayStation() {
			return "RAILWAY_STATION".equals(this.kind);
		}

	}

	/**
	 * One post's figures of one day, reported for that day 00:00 to the next 00:00.
	 *
	 * @param checkpoint the post
	 * @param day the day, in the platform's zone
	 * @param counts the figures
	 */
	public record CountReport(Checkpoint checkpoint, LocalDate day, Counts counts) {

		public UUID reportId() {
			return NameBasedIds.of("counts/" + this.checkpoint.key() + "/" + this.day);
		}

	}

	/** What became of a returnee by 4 February. */
	public enum Outcome {

		RELEASED, OBSERVED_AT_HOME, CONFIRMED_AND_TRANSFERRED, MEDICAL_ISOLATION

	}

	/**
	 * A returnee's file and what happened to it.
	 *
	 * @param number the returnee's number, 1 to 207
	 * @param town where the person lives
	 * @param outcome what became of the person
	 * @param lastExposureOn the day of the last exposure
	 * @param registeredOn the day the file was opened, also the first day of isolation
	 * @param mode HOME, CENTRALIZED or HOSPITAL
	 * @param site where, as published
	 * @param releasedOn the day of release, or null
	 * @param suspectedOn the day of suspicion, or null
	 * @param confirmedOn the day of confirmation, or null
	 * @param transferredOn the day of transfer, or null
	 */
	public record Returnee(int number, String town, Outcome outcome, LocalDate lastExposureOn, LocalDate registeredOn,
			String mode, String site, LocalDate releasedOn, LocalDate suspectedOn, LocalDate confirmedOn,
			LocalDate transferredOn) {

		public UUID personId() {
			return NameBasedIds.of("person/wuyuan/" + this.number);
		}

		public SyntheticPerson person() {
			return SyntheticPerson.of(this.number, this.town);
		}

		public LocalDate observationEndsOn() {
			return this.lastExposureOn.plusDays(OBSERVATION_DAYS);
		}

	}

	/**
	 * An item of the catalogue.
	 *
	 * @param sku its code
	 * @param name its name
	 * @param unit its unit
	 * @param lowStockThreshold below it only fever clinics and sampling may draw
	 */
	public record Item(String sku, String name, String unit, int lowStockThreshold) {

	}

	/**
	 * An order with a supplier.
	 *
	 * @param key its name in the demo's ids
	 * @param item what
	 * @param quantity how many
	 * @param supplier from whom
	 * @param orderedOn the day it was placed
	 * @param expectedOn when it should arrive
	 */
	public record Order(String key, Item item, int quantity, String supplier, LocalDate orderedOn,
			LocalDate expectedOn) {

		public UUID orderId() {
			return NameBasedIds.of(this.key);
		}

	}

	/**
	 * Goods arrived in the warehouse.
	 *
	 * @param key its name in the demo's ids
	 * @param item what
	 * @param quantity how many
	 * @param source PURCHASE, DONATION or ALLOCATION
	 * @param order the order it fills, or null
	 * @param receivedOn the day they arrived
	 */
	public record Receipt(String key, Item item, int quantity, String source, Order order, LocalDate receivedOn) {

		public UUID receiptId() {
			return NameBasedIds.of(this.key);
		}

	}

	/**
	 * Goods issued from the warehouse.
	 *
	 * @param key its name in the demo's ids
	 * @param item what
	 * @param quantity how many
	 * @param recipient to whom
	 * @param priority the recipient's priority
	 * @param issuedOn the day they left
	 */
	public record Issue(String key, Item item, int quantity, String recipient, String priority, LocalDate issuedOn) {

		public UUID issueId() {
			return NameBasedIds.of(this.key);
		}

	}

	/**
	 * A donation.
	 *
	 * @param key its name in the demo's ids
	 * @param donor who gave
	 * @param kind CASH, MEDICAL or OTHER
	 * @param amountYuan its value, to the fen
	 * @param receivedOn the day it was received
	 */
	public record Donation(String key, String donor, String kind, BigDecimal amountYuan, LocalDate receivedOn) {

		public UUID donationId() {
			return NameBasedIds.of(this.key);
		}

	}

	/**
	 * A price seen at a market.
	 *
	 * @param market where
	 * @param commodity what
	 * @param unit per what
	 * @param priceYuan the price
	 * @param observedOn the day
	 */
	public record Price(String market, String commodity, String unit, BigDecimal priceYuan, LocalDate observedOn) {

	}

	/**
	 * An issue the inspectors found.
	 *
	 * @param number its number, 1 to 64
	 * @param team who found it
	 * @param region the county
	 * @param site where
	 * @param responsibleUnit who must rectify it
	 * @param category what kind of issue
	 * @param description what was wrong
	 * @param foundOn the day it was found
	 * @param deadline the last day to rectify it on time
	 * @param rectifiedOn the day it was rectified, or null while in progress
	 * @param note the rectification's note, or null
	 */
	public record InspectionIssue(int number, String team, String region, String site, String responsibleUnit,
			String category, String description, LocalDate foundOn, LocalDate deadline, LocalDate rectifiedOn,
			String note) {

		public UUID issueId() {
			return NameBasedIds.of("inspection/wuyuan/" + this.number);
		}

	}

	/**
	 * An official held to account.
	 *
	 * @param number its number, 1 to 11
	 * @param issue the issue it answers
	 * @param subject who, as a role (made up)
	 * @param kind API.md's kind
	 * @param on the day
	 */
	public record Action(int number, InspectionIssue issue, String subject, String kind, LocalDate on) {

		public UUID actionId() {
			return NameBasedIds.of("accountability/wuyuan/" + this.number);
		}

	}

}
