package org.cordon.reporting.bulletin.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.reporting.bulletin.domain.RunningTotals.RegionDay;
import org.cordon.reporting.checkpoints.domain.Totals;

import static org.assertj.core.api.Assertions.assertThat;

class RunningTotalsTest {

	static final LocalDate JAN_23 = LocalDate.of(2020, 1, 23);

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	static Totals vehicles(long inspected, long turnedBack) {
		return new Totals(inspected, 0, turnedBack, 0, 0, 0, 0, 0, 0);
	}

	@Test
	void aRegionRunsFromItsFirstDayWithFiguresAndAveragesRoundHalfUp() {
		List<RegionDay> rows = List.of(new RegionDay("临河区", JAN_23, vehicles(12_000, 1_000)),
				new RegionDay("临河区", FEB_4.minusDays(1), vehicles(9_096, 974)),
				new RegionDay("临河区", FEB_4, vehicles(1_048, 126)));

		RegionTotals linhe = RunningTotals.at(FEB_4, rows).byRegion().get("临河区");

		assertThat(linhe.since()).isEqualTo(JAN_23);
		assertThat(linhe.days()).isEqualTo(13);
		assertThat(linhe.total()).isEqualTo(vehicles(22_144, 2_100));
		assertThat(linhe.dailyAverage()).as("22144 / 13 = 1703.4, 2100 / 13 = 161.5").isEqualTo(vehicles(1_703, 162));
		assertThat(linhe.onTheDay()).isEqualTo(vehicles(1_048, 126));
	}

	@Test
	void daysAfterTheBulletinsDayAndDaysWithoutFiguresDoNotCount() {
		List<RegionDay> rows = List.of(new RegionDay("五原县", JAN_23, Totals.ZERO),
				new RegionDay("五原县", FEB_4.minusDays(1), vehicles(10, 1)),
				new RegionDay("五原县", FEB_4.plusDays(1), vehicles(99, 9)));

		RegionTotals wuyuan = RunningTotals.at(FEB_4, rows).byRegion().get("五原县");

		assertThat(wuyuan.since()).as("a correction to zero leaves no figures").isEqualTo(FEB_4.minusDays(1));
		assertThat(wuyuan.days()).isEqualTo(2);
		assertThat(wuyuan.total()).isEqualTo(vehicles(10, 1));
		assertThat(wuyuan.onTheDay()).isEqualTo(Totals.ZERO);
		assertThat(wuyuan.dailyAverage()).isEqualTo(vehicles(5, 1));
	}

	@Test
	void theCityRunsFromItsFirstDayAndCountsCheckpointsOfNoKnownRegion() {
		List<RegionDay> rows = List.of(new RegionDay("临河区", FEB_4, vehicles(4, 0)),
				new RegionDay(null, FEB_4.minusDays(3), vehicles(8, 0)));

		RunningTotals totals = RunningTotals.at(FEB_4, rows);

		assertThat(totals.byRegion()).containsOnlyKeys("临河区");
		assertThat(totals.byRegion().get("临河区").days()).isEqualTo(1);
		assertThat(totals.city()).hasValueSatisfying((city) -> {
			assertThat(city.days()).isEqualTo(4);
			assertThat(city.total()).isEqualTo(vehicles(12, 0));
			assertThat(city.dailyAverage()).isEqualTo(vehicles(3, 0));
		});
	}

	@Test
	void noFiguresByTheDayIsNoCity() {
		assertThat(RunningTotals.at(FEB_4, List.of(new RegionDay("临河区", FEB_4.plusDays(1), vehicles(1, 0)))).city())
			.isEmpty();
	}

}
