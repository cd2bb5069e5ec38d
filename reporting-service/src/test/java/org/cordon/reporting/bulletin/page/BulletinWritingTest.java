package org.cordon.reporting.bulletin.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.supply.DonationKind;
import org.cordon.reporting.bulletin.domain.Bulletin;
import org.cordon.reporting.bulletin.domain.Census;
import org.cordon.reporting.bulletin.domain.IssueTally;
import org.cordon.reporting.bulletin.domain.RunningTotals;
import org.cordon.reporting.bulletin.domain.RunningTotals.RegionDay;
import org.cordon.reporting.checkpoints.domain.Totals;

import static org.assertj.core.api.Assertions.assertThat;

class BulletinWritingTest {

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@Test
	void aDayWithNothingOnFileSaysSoInEverySection() {
		Page page = BulletinWriting.write(bulletin(List.of(), List.of()), "某市防控工作指挥部");

		assertThat(page.title()).isEqualTo("信息快报 2020年2月4日");
		assertThat(MarkdownRendering.render(page)).contains("# 信息快报", "某市防控工作指挥部", "2020 年 2 月 4 日",
				"截至 2 月 4 日，各监测点尚无报送数据。", "截至 2 月 4 日，全市共登记排查人员 0 人", "截至 2 月 4 日，尚无物资订购、到位或发放记录。",
				"共接收社会资金及各类物资捐赠 0.0000 万元（其中现金 0.0000 万元，医疗物资 0.0000 万元，其他物资 0.0000 万元）", "截至 2 月 4 日，尚无价格监测记录。",
				"全市共发现问题 0 个", "尚无追责问责。");
	}

	@Test
	void eachCheckpointsFiguresOfTheDayAreListedAndOneNotRegisteredIsSaidToBeSo() {
		Totals figures = new Totals(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);
		Bulletin bulletin = new Bulletin(FEB_4, RunningTotals.at(FEB_4, List.of(new RegionDay("临河区", FEB_4, figures))),
				List.of(new Bulletin.CheckpointLine("临河区", "G6高速临河出口", figures),
						new Bulletin.CheckpointLine(null, null, Totals.ZERO)),
				Census.at(FEB_4, List.of()), List.of(), List.of(), List.of(), IssueTally.at(FEB_4, List.of()),
				Bulletin.Accountability.of(List.of()));

		String markdown = MarkdownRendering.render(BulletinWriting.write(bulletin, "指挥部"));

		assertThat(markdown).contains("### 各监测点 2 月 4 日情况",
				"| 临河区 | G6高速临河出口 | 1048 | 686 | 126 | 2843 | 1651 | 17 | 21 | 338 | 0 |",
				"| 未登记 | 未登记监测点 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
	}

	@Test
	void aDayOfAnotherYearIsWrittenWithItsYearAndAFallInPriceAsAFall() {
		Bulletin bulletin = bulletin(
				List.of(new RegionDay("临河区", LocalDate.of(2019, 12, 30), new Totals(31, 0, 0, 0, 0, 0, 0, 0, 0))),
				List.of(new Bulletin.PriceChange("猪肉", "公斤", new BigDecimal("38.60"), FEB_4, new BigDecimal("40"),
						LocalDate.of(2019, 12, 1))));

		String markdown = MarkdownRendering.render(BulletinWriting.write(bulletin, "指挥部"));

		assertThat(markdown).contains("临河区各监测点自 2019 年 12 月 30 日至 2 月 4 日（37 天）共排查过往车辆 31 辆（其中来临 0 辆，日均 1 辆）",
				"猪肉 38.6 元/公斤（2 月 4 日），较 2019 年 12 月 1 日的 40 元下降 3.5%");
	}

	private static Bulletin bulletin(List<RegionDay> checkpoints, List<Bulletin.PriceChange> prices) {
		return new Bulletin(FEB_4, RunningTotals.at(FEB_4, checkpoints), List.of(), Census.at(FEB_4, List.of()),
				List.of(),
				List.of(Bulletin.DonationLine.none(DonationKind.CASH), Bulletin.DonationLine.none(DonationKind.MEDICAL),
						Bulletin.DonationLine.none(DonationKind.OTHER)),
				prices, IssueTally.at(FEB_4, List.of()), Bulletin.Accountability.of(List.of()));
	}

}
