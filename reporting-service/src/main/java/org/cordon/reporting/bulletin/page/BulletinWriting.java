package org.cordon.reporting.bulletin.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.CensusFigures;
import org.cordon.reporting.bulletin.domain.IssueFigures;
import org.cordon.reporting.bulletin.domain.RegionTotals;
import org.cordon.reporting.bulletin.domain.Wan;
import org.cordon.reporting.checkpoints.domain.Totals;

/**
 * Writes a bulletin as the headquarters' "信息快报" did: a red masthead, then one section per
 * working group, each a paragraph in the bulletins' own phrasing for the city and for
 * every region, and a table of the same figures. Integers without grouping, money in 万元
 * with four decimal places and in exact yuan, days as "2 月 4 日".
 */
public final class BulletinWriting {

	/** The masthead's heading. */
	public static final String NAME = "信息快报";

	private static final String CITY = "全市";

	private BulletinWriting() {
	}

	/**
	 * @param bulletin the bulletin
	 * @param issuer who issues it, e.g. 市新型冠状病毒感染肺炎防控工作指挥部
	 * @return its page
	 */
	public static Page write(Bulletin bulletin, String issuer) {
		LocalDate date = bulletin.date();
		List<Page.Block> blocks = new ArrayList<>();
		blocks.add(new Page.Heading(1, NAME));
		blocks.add(new Page.Paragraph(issuer, true));
		blocks.add(new Page.Paragraph(
				date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日", true));
		checkpoints(bulletin, blocks);
		census(bulletin, blocks);
		supplies(bulletin, blocks);
		inspections(bulletin, blocks);
		return new Page(NAME + " " + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
				blocks);
	}

	private static void checkpoints(Bulletin bulletin, List<Page.Block> blocks) {
		blocks.add(new Page.Heading(2, "一、交通卡口监测"));
		Optional<RegionTotals> city = bulletin.checkpoints().city();
		if (city.isEmpty()) {
			blocks.add(new Page.Paragraph("截至 " + day(bulletin.date(), bulletin.date()) + "，各监测点尚无报送数据。"));
			return;
		}
		blocks.add(new Page.Paragraph(checkpointText(CITY, city.get(), bulletin.date())));
		Map<String, RegionTotals> regions = bulletin.checkpoints().byRegion();
		regions.forEach(
				(region, totals) -> blocks.add(new Page.Paragraph(checkpointText(region, totals, bulletin.date()))));
		List<List<String>> rows = new ArrayList<>();
		regions.forEach((region, totals) -> checkpointRows(rows, region, totals, bulletin.date()));
		checkpointRows(rows, CITY, city.get(), bulletin.date());
		blocks.add(new Page.Table(List.of("地区", "口径", "起始日", "天数", "过往车辆", "来临车辆", "劝返车辆", "排查人员", "来临人员", "劝返人员",
				"火车列次", "到站旅客", "发热人员"), rows));
		if (!bulletin.checkpointsOnTheDay().isEmpty()) {
			blocks.add(new Page.Heading(3, "各监测点 " + day(bulletin.date(), bulletin.date()) + "情况"));
			blocks.add(new Page.Table(
					List.of("地区", "监测点", "过往车辆", "来临车辆", "劝返车辆", "排查人员", "来临人员", "劝返人员", "火车列次", "到站旅客", "发热人员"),
					bulletin.checkpointsOnTheDay()
						.stream()
						.map((line) -> figures(List.of(Objects.toString(line.region(), "未登记"),
								Objects.toString(line.name(), "未登记监测点")), line.totals()))
						.toList()));
		}
	}

	private static String checkpointText(String region, RegionTotals totals, LocalDate date) {
		Totals t = totals.total();
		Totals a = totals.dailyAverage();
		Totals d = totals.onTheDay();
		return region + "各监测点自 " + day(totals.since(), date) + "至 " + day(date, date) + "（" + totals.days()
				+ " 天）共排查过往车辆 " + t.vehiclesInspected() + " 辆（其中来临 " + t.vehiclesInbound() + " 辆，日均 "
				+ a.vehiclesInspected() + " 辆）、人员 " + t.personsChecked() + " 人（其中来临 " + t.personsInbound() + " 人，日均 "
				+ a.personsChecked() + " 人），火车 " + t.trains() + " 列次（其中日均 " + a.trains() + " 列次，来临 "
				+ t.trainPassengersArrived() + " 人，日均 " + a.trainPassengersArrived() + " 人），共劝返车辆 "
				+ t.vehiclesTurnedBack() + " 辆（日均 " + a.vehiclesTurnedBack() + " 辆）、人员 " + t.personsTurnedBack()
				+ " 人，发现发热人员 " + t.feverDetected() + " 人；" + day(date, date) + "过往车辆 " + d.vehiclesInspected()
				+ " 辆（其中来临 " + d.vehiclesInbound() + " 辆，劝返 " + d.vehiclesTurnedBack() + " 辆）、人员 " + d.personsChecked()
				+ " 人（其中来临 " + d.personsInbound() + " 人），火车 " + d.trains() + " 列次（来临 " + d.trainPassengersArrived()
				+ " 人，劝返 " + d.personsTurnedBack() + " 人），发现发热人员 " + d.feverDetected() + " 人。";
	}

	private static void checkpointRows(List<List<String>> rows, String region, RegionTotals totals, LocalDate date) {
		String since = day(totals.since(), date);
		String days = Integer.toString(totals.days());
		rows.add(figures(List.of(region, "当日", "", ""), totals.onTheDay()));
		rows.add(figures(List.of(region, "累计", since, days), totals.total()));
		rows.add(figures(List.of(region, "日均", since, days), totals.dailyAverage()));
	}

	private static List<String> figures(List<String> first, Totals totals) {
		List<String> row = new ArrayList<>(first);
		for (long figure : totals.figures()) {
			row.add(Long.toString(figure));
		}
		return row;
	}

	private static void census(Bulletin bulletin, List<Page.Block> blocks) {
		blocks.add(new Page.Heading(2, "二、人员排查管控"));
		LocalDate date = bulletin.date();
		Map<String, CensusFigures> regions = bulletin.census().byRegion();
		blocks.add(new Page.Paragraph("截至 " + day(date, date) + "，" + censusText(CITY, bulletin.census().city())));
		regions.forEach((region, figures) -> blocks.add(new Page.Paragraph(censusText(region, figures))));
		List<List<String>> rows = new ArrayList<>();
		regions.forEach((region, figures) -> rows.add(censusRow(region, figures)));
		rows.add(censusRow(CITY, bulletin.census().city()));
		blocks.add(new Page.Table(
				List.of("地区", "登记排查", "当日新增", "正在观察", "居家隔离", "集中隔离", "医院隔离", "解除观察", "疑似病例", "确诊病例", "已转院", "期满待解除"),
				rows));
	}

	private static String censusText(String region, CensusFigures f) {
		return region + "共登记排查人员 " + f.registered() + " 人（当日新增 " + f.registeredOnTheDay() + " 人），正在医学观察 "
				+ f.underObservation() + " 人（居家隔离 " + f.byMode().get(IsolationMode.HOME) + " 人、集中隔离 "
				+ f.byMode().get(IsolationMode.CENTRALIZED) + " 人、医院隔离 " + f.byMode().get(IsolationMode.HOSPITAL)
				+ " 人），解除医学观察 " + f.released() + " 人，疑似病例 " + f.suspected() + " 人，确诊病例 " + f.confirmed() + " 人（已转至定点医院 "
				+ f.transferred() + " 人），观察期满待解除 " + f.dueForRelease() + " 人。";
	}

	private static List<String> censusRow(String region, CensusFigures f) {
		return List.of(region, n(f.registered()), n(f.registeredOnTheDay()), n(f.underObservation()),
				n(f.byMode().get(IsolationMode.HOME)), n(f.byMode().get(IsolationMode.CENTRALIZED)),
				n(f.byMode().get(IsolationMode.HOSPITAL)), n(f.released()), n(f.suspected()), n(f.confirmed()),
				n(f.transferred()), n(f.dueForRelease()));
	}

	private static void supplies(Bulletin bulletin, List<Page.Block> blocks) {
		LocalDate date = bulletin.date();
		blocks.add(new Page.Heading(2, "三、物资保障"));
		blocks.add(new Page.Heading(3, "防控物资"));
		if (bulletin.stock().isEmpty()) {
			blocks.add(new Page.Paragraph("截至 " + day(date, date) + "，尚无物资订购、到位或发放记录。"));
		}
		else {
			blocks.add(new Page.Paragraph("截至 " + day(date, date) + "，" + bulletin.stock()
				.stream()
				.map((line) -> name(line) + "（订购 " + line.ordered() + unit(line) + "，到位 " + line.received() + unit(line)
						+ "，发放 " + line.issued() + unit(line) + "，库存 " + line.onHand() + unit(line) + "）")
				.collect(Collectors.joining("，")) + "。"));
			List<String> low = bulletin.stock()
				.stream()
				.filter(Bulletin.SupplyLine::lowStock)
				.map(BulletinWriting::name)
				.toList();
			if (!low.isEmpty()) {
				blocks.add(new Page.Paragraph("库存低于预警线：" + String.join("、", low) + "。"));
			}
			blocks.add(new Page.Table(List.of("物资", "编码", "单位", "订购", "到位", "发放", "库存", "当日订购", "当日到位", "当日发放", "库存预警"),
					bulletin.stock()
						.stream()
						.map((line) -> List.of(name(line), line.sku(), (line.unit() != null) ? line.unit() : "",
								n(line.ordered()), n(line.received()), n(line.issued()), n(line.onHand()),
								n(line.orderedOnTheDay()), n(line.receivedOnTheDay()), n(line.issuedOnTheDay()),
								line.lowStock() ? "低于预警线" : ""))
						.toList()));
		}
		donations(bulletin, blocks);
		prices(bulletin, blocks);
	}

	private static void donations(Bulletin bulletin, List<Page.Block> blocks) {
		blocks.add(new Page.Heading(3, "社会捐赠"));
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal onTheDay = BigDecimal.ZERO;
		long count = 0;
		long countOnTheDay = 0;
		List<String> parts = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (Bulletin.DonationLine line : bulletin.donations()) {
			total = total.add(line.totalYuan());
			onTheDay = onTheDay.add(line.onTheDayYuan());
			count += line.donations();
			countOnTheDay += line.onTheDay();
			parts.add(kind(line.kind()) + " " + Wan.of(line.totalYuan()) + " 万元");
			rows.add(List.of(kind(line.kind()), Wan.of(line.totalYuan()), yuan(line.totalYuan()), n(line.donations()),
					yuan(line.onTheDayYuan()), n(line.onTheDay())));
		}
		rows.add(List.of("合计", Wan.of(total), yuan(total), n(count), yuan(onTheDay), n(countOnTheDay)));
		blocks.add(new Page.Paragraph("截至 " + day(bulletin.date(), bulletin.date()) + "，共接收社会资金及各类物资捐赠 " + Wan.of(total)
				+ " 万元（其中" + String.join("，", parts) + "），" + day(bulletin.date(), bulletin.date()) + "接收 "
				+ Wan.of(onTheDay) + " 万元。"));
		blocks.add(new Page.Table(List.of("类别", "累计（万元）", "累计（元）", "笔数", "当日（元）", "当日笔数"), rows));
	}

	private static void prices(Bulletin bulletin, List<Page.Block> blocks) {
		blocks.add(new Page.Heading(3, "市场价格"));
		LocalDate date = bulletin.date();
		if (bulletin.prices().isEmpty()) {
			blocks.add(new Page.Paragraph("截至 " + day(date, date) + "，尚无价格监测记录。"));
			return;
		}
		blocks.add(new Page.Paragraph("生活必需品价格：" + bulletin.prices()
			.stream()
			.map((p) -> p.commodity() + " " + yuan(p.latestPriceYuan()) + " 元/" + p.unit() + "（"
					+ day(p.latestObservedOn(), date) + "），较 " + day(p.baselineObservedOn(), date) + "的 "
					+ yuan(p.baselinePriceYuan()) + " 元" + change(p.changePercent()))
			.collect(Collectors.joining("；")) + "。"));
		blocks.add(new Page.Table(List.of("商品", "单位", "最新价格（元）", "观测日", "基期价格（元）", "基期日", "涨跌幅（%）"), bulletin.prices()
			.stream()
			.map((p) -> List.of(p.commodity(), p.unit(), yuan(p.latestPriceYuan()), day(p.latestObservedOn(), date),
					yuan(p.baselinePriceYuan()), day(p.baselineObservedOn(), date), p.changePercent()))
			.toList()));
	}

	private static String change(String percent) {
		if (percent.startsWith("-")) {
			return "下降 " + percent.substring(1) + "%";
		}
		return (new BigDecimal(percent).signum() == 0) ? "基本持平" : "上涨 " + percent + "%";
	}

	private static void inspections(Bulletin bulletin, List<Page.Block> blocks) {
		blocks.add(new Page.Heading(2, "四、督查检查"));
		LocalDate date = bulletin.date();
		Map<String, IssueFigures> regions = bulletin.issues().byRegion();
		blocks.add(new Page.Paragraph("截至 " + day(date, date) + "，"
				+ issueText(CITY, bulletin.issues().city(), bulletin.accountability().city())));
		regions.forEach((region, figures) -> blocks
			.add(new Page.Paragraph(issueText(region, figures, bulletin.accountability().of(region)))));
		List<List<String>> rows = new ArrayList<>();
		regions.forEach((region, figures) -> rows.add(issueRow(region, figures, bulletin.accountability().of(region))));
		rows.add(issueRow(CITY, bulletin.issues().city(), bulletin.accountability().city()));
		List<String> header = new ArrayList<>(List.of("地区", "发现问题", "已整改", "正在整改", "逾期未整改", "当日发现", "当日整改"));
		for (AccountabilityKind kind : AccountabilityKind.values()) {
			header.add(kind(kind));
		}
		blocks.add(new Page.Table(header, rows));
	}

	private static String issueText(String region, IssueFigures f, Map<AccountabilityKind, Long> actions) {
		String taken = actions.entrySet()
			.stream()
			.filter((action) -> action.getValue() > 0)
			.map((action) -> kind(action.getKey()) + " " + action.getValue() + " 人")
			.collect(Collectors.joining("，"));
		return region + "共发现问题 " + f.found() + " 个（已整改 " + f.rectified() + " 个，正在整改 " + f.inProgress() + " 个，其中逾期未整改 "
				+ f.overdue() + " 个），当日发现 " + f.foundOnTheDay() + " 个、整改 " + f.rectifiedOnTheDay() + " 个；"
				+ (taken.isEmpty() ? "尚无追责问责。" : "追责问责：" + taken + "。");
	}

	private static List<String> issueRow(String region, IssueFigures f, Map<AccountabilityKind, Long> actions) {
		List<String> row = new ArrayList<>(List.of(region, n(f.found()), n(f.rectified()), n(f.inProgress()),
				n(f.overdue()), n(f.foundOnTheDay()), n(f.rectifiedOnTheDay())));
		for (AccountabilityKind kind : AccountabilityKind.values()) {
			row.add(n(actions.get(kind)));
		}
		return row;
	}

	/**
	 * @param day a day
	 * @param date the bulletin's day
	 * @return "2 月 4 日", with the year when it is not the bulletin's
	 */
	static String day(LocalDate day, LocalDate date) {
		String monthAndDay = day.getMonthValue() + " 月 " + day.getDayOfMonth() + " 日";
		return (day.getYear() == date.getYear()) ? monthAndDay : day.getYear() + " 年 " + monthAndDay;
	}

	private static String name(Bulletin.SupplyLine line) {
		return (line.name() != null) ? line.name() : line.sku();
	}

	private static String unit(Bulletin.SupplyLine line) {
		return (line.unit() != null) ? " " + line.unit() : "";
	}

	private static String n(long figure) {
		return Long.toString(figure);
	}

	private static String yuan(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

	static String kind(DonationKind kind) {
		return switch (kind) {
			case CASH -> "现金";
			case MEDICAL -> "医疗物资";
			case OTHER -> "其他物资";
		};
	}

	static String kind(AccountabilityKind kind) {
		return switch (kind) {
			case DISMISSAL -> "免职";
			case ADMONITION_TALK -> "诫勉谈话";
			case REMINDER_TALK -> "提醒谈话";
			case PUBLIC_CRITICISM -> "通报批评";
			case DISCIPLINARY_SANCTION -> "纪律处分";
			case ORGANISATIONAL_HANDLING -> "组织处理";
		};
	}

}
