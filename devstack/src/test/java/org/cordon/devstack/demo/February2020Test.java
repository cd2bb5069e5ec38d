package org.cordon.devstack.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.cordon.devstack.demo.February2020.Checkpoint;
import org.cordon.devstack.demo.February2020.CountReport;
import org.cordon.devstack.demo.February2020.Donation;
import org.cordon.devstack.demo.February2020.InspectionIssue;
import org.cordon.devstack.demo.February2020.Outcome;
import org.cordon.devstack.demo.February2020.Price;
import org.cordon.devstack.demo.February2020.Receipt;
import org.cordon.devstack.demo.February2020.Returnee;

import static org.assertj.core.api.Assertions.assertThat;

class February2020Test {

	static final LocalDate FEB_4 = February2020.LAST_DAY;

	// ---- checkpoints ----

	@Test
	void linhesReportsAddUpToTheBulletinsPeriodExactly() {
		assertThat(sum(February2020.countReports())).isEqualTo(February2020.LINHE_PERIOD)
			.isEqualTo(new Counts(22_144, 17_571, 2_100, 53_748, 39_903, 17, 301, 7_434, 0));
	}

	@Test
	void theReportsOfFourthFebruaryAddUpToThatDaysFigures() {
		List<CountReport> feb4 = February2020.countReports().stream().filter((r) -> r.day().equals(FEB_4)).toList();

		assertThat(sum(feb4)).isEqualTo(new Counts(1_048, 686, 126, 2_843, 1_651, 17, 21, 338, 0));
	}

	@Test
	void everyPostReportsEveryDayOfThePeriodOnce() {
		List<CountReport> reports = February2020.countReports();

		assertThat(reports).hasSize(7 * 13);
		assertThat(reports).extracting(CountReport::reportId).doesNotHaveDuplicates();
		assertThat(reports.stream().map(CountReport::day).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(February2020.days());
		assertThat(February2020.days()).hasSize(13).startsWith(LocalDate.of(2020, 1, 23)).endsWith(FEB_4);
	}

	@Test
	void everyReportKeepsApiMdsCountRules() {
		for (CountReport report : February2020.countReports()) {
			assertThat(report.counts().brokenRules()).as(report.checkpoint().name() + " " + report.day()).isEmpty();
		}
	}

	@Test
	void trainsAndTheirPassengersAreCountedAtTheRailwayStationAndVehiclesOnTheRoads() {
		for (CountReport report : February2020.countReports()) {
			Counts counts = report.counts();
			if (report.checkpoint().isRailwayStation()) {
				assertThat(counts.vehiclesInspected() + counts.personsChecked()).isZero();
				assertThat(counts.trains()).isPositive();
			}
			else {
				assertThat(counts.trains() + counts.trainPassengersArrived() + counts.personsTurnedBack()).isZero();
				assertThat(counts.vehiclesInspected()).isPositive();
			}
		}
		assertThat(February2020.CHECKPOINTS).extracting(Checkpoint::name)
			.containsExactly("G6 高速临河出口", "国道 242", "临陕线", "临磴线", "临五线", "G6 高速临河东出口（应急通道）", "临河火车站");
	}

	@Test
	void trafficFellFromDayToDay() {
		List<Counts> byDay = February2020.linheByDay();

		for (int d = 1; d < byDay.size(); d++) {
			assertThat(byDay.get(d).vehiclesInspected()).isLessThan(byDay.get(d - 1).vehiclesInspected());
			assertThat(byDay.get(d).personsChecked()).isLessThan(byDay.get(d - 1).personsChecked());
		}
	}

	// ---- returnees ----

	@Test
	void wuyuansReturneesAreTheBulletinsOutcomes() {
		List<Returnee> returnees = February2020.returnees();
		Map<Outcome, Long> outcomes = returnees.stream()
			.collect(Collectors.groupingBy(Returnee::outcome, Collectors.counting()));

		assertThat(returnees).hasSize(207);
		assertThat(outcomes).containsEntry(Outcome.RELEASED, 170L)
			.containsEntry(Outcome.OBSERVED_AT_HOME, 34L)
			.containsEntry(Outcome.CONFIRMED_AND_TRANSFERRED, 2L)
			.containsEntry(Outcome.MEDICAL_ISOLATION, 1L);
		assertThat(returnees).extracting(Returnee::personId).doesNotHaveDuplicates();
		assertThat(returnees).extracting((r) -> r.person().idNumber()).doesNotHaveDuplicates();
	}

	@Test
	void everyFileIsOpenedInThePeriodAfterTheLastExposure() {
		for (Returnee returnee : February2020.returnees()) {
			assertThat(returnee.registeredOn()).isBetween(February2020.FIRST_DAY, FEB_4)
				.isAfterOrEqualTo(returnee.lastExposureOn());
		}
	}

	@Test
	void the170AreReleasedByFourthFebruaryOnlyOnceTheir14DaysAreComplete() {
		List<Returnee> released = outcome(Outcome.RELEASED);

		for (Returnee returnee : released) {
			assertThat(returnee.releasedOn()).isAfterOrEqualTo(returnee.observationEndsOn())
				.isAfterOrEqualTo(returnee.registeredOn())
				.isBeforeOrEqualTo(FEB_4);
			assertThat(returnee.mode()).isEqualTo("HOME");
		}
	}

	@Test
	void theObservedCouldNotBeReleasedYetOnFourthFebruary() {
		for (Returnee returnee : outcome(Outcome.OBSERVED_AT_HOME)) {
			assertThat(returnee.observationEndsOn()).isAfter(FEB_4);
			assertThat(returnee.releasedOn()).isNull();
			assertThat(returnee.mode()).isEqualTo("HOME");
		}
		assertThat(outcome(Outcome.MEDICAL_ISOLATION)).singleElement()
			.satisfies((r) -> assertThat(r.mode()).isEqualTo("HOSPITAL"));
	}

	@Test
	void theConfirmedAreSuspectedConfirmedAndTransferredInThatOrderByFourthFebruary() {
		for (Returnee returnee : outcome(Outcome.CONFIRMED_AND_TRANSFERRED)) {
			assertThat(returnee.suspectedOn()).isAfterOrEqualTo(returnee.registeredOn());
			assertThat(returnee.confirmedOn()).isAfterOrEqualTo(returnee.suspectedOn());
			assertThat(returnee.transferredOn()).isAfterOrEqualTo(returnee.confirmedOn()).isBeforeOrEqualTo(FEB_4);
			assertThat(returnee.releasedOn()).isNull();
		}
	}

	@Test
	void noPublishedSiteHoldsADigitOrAnAddress() {
		for (Returnee returnee : February2020.returnees()) {
			assertThat(returnee.site()).doesNotContainPattern("[0-9]").doesNotContain(returnee.person().address());
		}
	}

	// ---- supplies ----

	@Test
	void masksOrdered300000Received44000AndLeft20000() {
		assertThat(February2020.MASK_ORDER.quantity()).isEqualTo(300_000);
		assertThat(received(February2020.MASKS.sku(), (r) -> true)).isEqualTo(44_000);
		assertThat(stockAfterEveryMove().get(February2020.MASKS.sku())).isEqualTo(20_000);
	}

	@Test
	void suitsAre502OldStockAnd1040Of3000Ordered() {
		String suits = February2020.SUITS.sku();

		assertThat(February2020.SUIT_ORDER.quantity()).isEqualTo(3_000);
		assertThat(received(suits, (r) -> r.order() == null)).isEqualTo(502);
		assertThat(received(suits, (r) -> r.order() != null)).isEqualTo(1_040);
		assertThat(stockAfterEveryMove().get(suits)).isEqualTo(1_542);
		assertThat(stockAfterEveryMove().get(February2020.ALCOHOL.sku())).isEqualTo(64_500);
	}

	@Test
	void everyIssueFindsItsStockUnderTheReserveRule() {
		// replays the warehouse as DemoScript sends it: a day's receipts before its
		// issues
		stockAfterEveryMove();
	}

	@Test
	void noDayOfTheWarehouseIsAfterFourthFebruary() {
		assertThat(February2020.receipts()).allSatisfy((r) -> assertThat(r.receivedOn()).isBeforeOrEqualTo(FEB_4));
		assertThat(February2020.issues()).allSatisfy((i) -> assertThat(i.issuedOn()).isBeforeOrEqualTo(FEB_4));
		assertThat(February2020.orders()).allSatisfy((o) -> assertThat(o.orderedOn()).isBeforeOrEqualTo(FEB_4));
	}

	@Test
	void donationsAddUpToTheBulletinsKindsToTheFen() {
		Map<String, BigDecimal> byKind = February2020.donations()
			.stream()
			.collect(Collectors.groupingBy(Donation::kind,
					Collectors.reducing(BigDecimal.ZERO, Donation::amountYuan, BigDecimal::add)));

		assertThat(byKind.get("CASH")).isEqualByComparingTo("4161696.00");
		assertThat(byKind.get("MEDICAL")).isEqualByComparingTo("291712.00");
		assertThat(byKind.get("OTHER")).isEqualByComparingTo("875118.00");
		assertThat(February2020.donations()).allSatisfy((d) -> {
			assertThat(d.amountYuan()).isPositive();
			assertThat(d.amountYuan().scale()).isLessThanOrEqualTo(4);
			assertThat(d.receivedOn()).isBetween(February2020.FIRST_DAY, FEB_4);
		});
		assertThat(February2020.donations()).extracting(Donation::donationId).doesNotHaveDuplicates();
	}

	@Test
	void vegetablesRose27PercentSinceDecemberAndTheOtherStaplesStayedFlat() {
		Map<String, List<Price>> byCommodity = February2020.prices()
			.stream()
			.collect(Collectors.groupingBy(Price::commodity));

		List<Price> vegetables = byCommodity.get("蔬菜（均价）");
		BigDecimal first = vegetables.get(0).priceYuan();
		BigDecimal last = vegetables.get(vegetables.size() - 1).priceYuan();
		assertThat(last.subtract(first).multiply(BigDecimal.valueOf(100)).divide(first)).isEqualByComparingTo("27");
		assertThat(byCommodity.get("大米")).extracting(Price::priceYuan).containsOnly(new BigDecimal("5.60"));
		assertThat(February2020.prices()).allSatisfy((p) -> assertThat(p.observedOn()).isBeforeOrEqualTo(FEB_4));
	}

	// ---- inspections ----

	@Test
	void wuyuanFound64IssuesRectified53AndHas11InProgress() {
		List<InspectionIssue> issues = February2020.inspectionIssues();

		assertThat(issues).hasSize(64);
		assertThat(issues.stream().filter((i) -> i.rectifiedOn() != null)).hasSize(53);
		assertThat(issues.stream().filter((i) -> i.rectifiedOn() == null)).hasSize(11);
		assertThat(issues).extracting(InspectionIssue::issueId).doesNotHaveDuplicates();
	}

	@Test
	void rectificationsAreOnTimeAndTheOpenIssuesDeadlinesLieAfterFourthFebruary() {
		for (InspectionIssue issue : February2020.inspectionIssues()) {
			assertThat(issue.foundOn()).isBetween(February2020.FIRST_DAY, FEB_4);
			assertThat(issue.deadline()).isAfterOrEqualTo(issue.foundOn());
			if (issue.rectifiedOn() != null) {
				assertThat(issue.rectifiedOn()).isBetween(issue.foundOn(), issue.deadline()).isBeforeOrEqualTo(FEB_4);
			}
			else {
				assertThat(issue.deadline()).isAfter(FEB_4);
			}
		}
	}

	@Test
	void accountabilityIsTwoDismissalsFiveAdmonitionsThreeRemindersAndOneCriticism() {
		Map<String, Long> byKind = February2020.accountability()
			.stream()
			.collect(Collectors.groupingBy(February2020.Action::kind, Collectors.counting()));

		assertThat(byKind).containsOnly(Map.entry("DISMISSAL", 2L), Map.entry("ADMONITION_TALK", 5L),
				Map.entry("REMINDER_TALK", 3L), Map.entry("PUBLIC_CRITICISM", 1L));
		assertThat(February2020.accountability()).allSatisfy((a) -> {
			assertThat(a.on()).isAfterOrEqualTo(a.issue().foundOn()).isBeforeOrEqualTo(FEB_4);
			assertThat(a.subject()).contains("示例").hasSizeLessThanOrEqualTo(100);
		});
	}

	// ---- helpers ----

	private static Counts sum(List<CountReport> reports) {
		return reports.stream().map(CountReport::counts).reduce(Counts.ZERO, Counts::plus);
	}

	private static List<Returnee> outcome(Outcome outcome) {
		return February2020.returnees().stream().filter((r) -> r.outcome() == outcome).toList();
	}

	private static int received(String sku, Predicate<Receipt> which) {
		return February2020.receipts()
			.stream()
			.filter((r) -> r.item().sku().equals(sku))
			.filter(which)
			.mapToInt(Receipt::quantity)
			.sum();
	}

	/**
	 * Plays the warehouse's moves in the order the demo sends them, with supply-service's
	 * rules: stock never negative, below the threshold only FEVER_CLINIC and SAMPLING.
	 */
	private static Map<String, Integer> stockAfterEveryMove() {
		Map<String, Integer> stock = new HashMap<>();
		Map<String, Integer> thresholds = February2020.items()
			.stream()
			.collect(Collectors.toMap(February2020.Item::sku, February2020.Item::lowStockThreshold));
		Set<String> scarce = Set.of("FEVER_CLINIC", "SAMPLING");
		Map<java.util.UUID, Integer> filled = new HashMap<>();
		for (LocalDate day : LocalDate.of(2020, 1, 1).datesUntil(FEB_4.plusDays(1)).toList()) {
			for (Receipt receipt : February2020.receipts()) {
				if (receipt.receivedOn().equals(day)) {
					stock.merge(receipt.item().sku(), receipt.quantity(), Integer::sum);
					if (receipt.order() != null) {
						int total = filled.merge(receipt.order().orderId(), receipt.quantity(), Integer::sum);
						assertThat(total).as("received against " + receipt.order().key())
							.isLessThanOrEqualTo(receipt.order().quantity());
						assertThat(receipt.order().orderedOn()).isBeforeOrEqualTo(day);
					}
				}
			}
			for (February2020.Issue issue : February2020.issues()) {
				if (issue.issuedOn().equals(day)) {
					String sku = issue.item().sku();
					int floor = scarce.contains(issue.priority()) ? 0 : thresholds.get(sku);
					int left = stock.getOrDefault(sku, 0) - issue.quantity();
					assertThat(left).as(issue.key()).isGreaterThanOrEqualTo(floor);
					stock.put(sku, left);
				}
			}
		}
		return stock;
	}

}
