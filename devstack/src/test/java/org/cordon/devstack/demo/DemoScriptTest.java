package org.cordon.devstack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoScriptTest {

	@Test
	void theScriptIsTheSameOnEveryRun() {
		assertThat(DemoScript.calls()).isEqualTo(DemoScript.calls());
	}

	@Test
	void callsGoDayByDayAfterTheSetUp() {
		List<Call> calls = DemoScript.calls();

		for (int i = 1; i < calls.size(); i++) {
			assertThat(calls.get(i).day()).isAfterOrEqualTo(calls.get(i - 1).day());
		}
		assertThat(calls).allSatisfy((c) -> assertThat(c.day()).isBeforeOrEqualTo(LocalDate.of(2020, 2, 4)));
		assertThat(calls.subList(0, 7)).extracting(Call::kind).containsOnly("checkpoints");
	}

	@Test
	void everyRecordIsOneCall() {
		Map<String, Long> byKind = DemoScript.calls()
			.stream()
			.collect(Collectors.groupingBy(Call::kind, Collectors.counting()));

		assertThat(byKind).containsEntry("checkpoints", 7L)
			.containsEntry("count reports", 91L)
			.containsEntry("persons", 207L)
			.containsEntry("isolations", 207L)
			.containsEntry("releases", 170L)
			.containsEntry("suspicions", 2L)
			.containsEntry("confirmations", 2L)
			.containsEntry("transfers", 2L)
			.containsEntry("inspection issues", 64L)
			.containsEntry("rectifications", 53L)
			.containsEntry("accountability", 11L);
	}

	@Test
	void aPersonsFileCarriesTheDemosDayAndTheDayOfTheirLastExposure() {
		Call first = DemoScript.calls().stream().filter((c) -> c.kind().equals("persons")).findFirst().orElseThrow();

		assertThat(first.body()).contains("\"region\":\"五原县\"", "\"category\":\"RETURNEE_HUBEI\"",
				"\"exposureRegion\":\"湖北省武汉市\"", "\"registeredOn\":\"2020-01-23\"");
	}

	@Test
	void aCountReportCoversOneDayOfThePlatformsZone() {
		Call report = DemoScript.calls()
			.stream()
			.filter((c) -> c.kind().equals("count reports"))
			.findFirst()
			.orElseThrow();

		assertThat(report.body()).contains("\"periodStart\":\"2020-01-23T00:00:00+08:00\"",
				"\"periodEnd\":\"2020-01-24T00:00:00+08:00\"");
	}

	@Test
	void moneyIsWrittenAsADecimalString() {
		assertThat(DemoScript.calls().stream().filter((c) -> c.kind().equals("donations")))
			.allSatisfy((c) -> assertThat(c.body()).containsPattern("\"amountYuan\":\"[0-9]+\\.[0-9]{2}\""));
	}

	@Test
	void jsonTextIsEscaped() {
		assertThat(new Body().put("a", "say \"hi\"\n").put("n", 3).put("none", null).toString())
			.isEqualTo("{\"a\":\"say \\\"hi\\\"\\n\",\"n\":3,\"none\":null}");
	}

}
