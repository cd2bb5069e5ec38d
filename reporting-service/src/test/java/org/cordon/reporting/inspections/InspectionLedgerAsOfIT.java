package org.cordon.reporting.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.reporting.EventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ViewReadings;
import org.cordon.reporting.ReportingServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection ledger as of an instant is the ledger the live view answered at that
 * instant: read live while issues are found, announced overdue and rectified and
 * officials held to account, then asked again as of each instant.
 */
@ReportingServiceTest
class InspectionLedgerAsOfIT {

	static final String LEDGER = "/api/views/inspections/ledger";

	static final LocalDate FEB_4 = LocalDate.of(2020, 2, 4);

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	ReportingApi api;

	EventsProducer events;

	String region;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new EventsProducer(this.bootstrap);
		this.region = "临河区-" + UUID.randomUUID();
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void asOfEachInstantTheLedgerIsWhatTheLiveLedgerWasThen() {
		ViewReadings read = readings();
		read.read();

		UUID supermarket = found();
		UUID market = found();
		awaitLive((l) -> count(l, "found") == 2);
		read.read();

		this.events.send(new IssueOverdue(market, FEB_4.plusDays(2), FEB_4.plusDays(3)));
		this.events.send(new AccountabilityImposed(UUID.randomUUID(), market, "某镇党委副书记",
				AccountabilityKind.ADMONITION_TALK, FEB_4.plusDays(3)));
		awaitLive((l) -> count(l, "overdue") == 1 && l.get("accountability").get("ADMONITION_TALK").asLong() == 1);
		read.read();

		this.events.send(new IssueRectified(market, FEB_4.plusDays(5), "已整改"));
		this.events.send(new IssueRectified(supermarket, FEB_4.plusDays(5), "已设置测温点"));
		found();
		awaitLive((l) -> count(l, "found") == 3 && count(l, "rectified") == 2);
		read.read();

		read.assertEachReadingIsTheViewAsOfItsInstant();
		assertThat(count(read.get(0), "found")).isZero();
		assertThat(
				List.of(count(read.get(2), "found"), count(read.get(2), "inProgress"), count(read.get(2), "overdue")))
			.containsExactly(2L, 2L, 1L);
		assertThat(List.of(count(read.get(3), "rectified"), count(read.get(3), "inProgress"),
				count(read.get(3), "overdue")))
			.as("a rectification takes the issue off the overdue count")
			.containsExactly(2L, 1L, 0L);
	}

	@Test
	void asOfAnInstantBeforeEveryEventTheCityHasNothingOnItsLedger() {
		found();
		awaitLive((l) -> count(l, "found") == 1);

		JsonNode ledger = this.api.view(LEDGER + "?asOf=2000-01-01T00:00:00Z");

		assertThat(List.of(count(ledger, "found"), count(ledger, "rectified"), count(ledger, "inProgress"),
				count(ledger, "overdue")))
			.containsOnly(0L);
		assertThat(ledger.get("byRegion")).isEmpty();
		ledger.get("accountability").forEach((kind) -> assertThat(kind.asLong()).isZero());
	}

	@Test
	void anAsOfThatIsNotAnInstantWithAnOffsetIsA400NamingIt() {
		this.api.expectInvalid(LEDGER + "?asOf=yesterday", "asOf");
		this.api.expectInvalid(LEDGER + "?asOf=2020-02-04T08:00:00", "asOf");
	}

	@Test
	void onlyViewersReadTheLedgerAsOfAnInstant() {
		this.api.expectViewersOnly(LEDGER + "?asOf=2020-02-04T08:00:00Z");
	}

	private UUID found() {
		UUID issue = UUID.randomUUID();
		this.events.send(new IssueFound(issue, "市第一督查组", this.region, "某超市", "某超市", "未按要求测温登记", "入口未设测温点", FEB_4,
				FEB_4.plusDays(2)));
		return issue;
	}

	private ViewReadings readings() {
		return new ViewReadings(this.api, LEDGER + "?region=" + this.region);
	}

	private void awaitLive(Predicate<JsonNode> condition) {
		readings().awaitLive(condition);
	}

	private static long count(JsonNode node, String field) {
		return node.get(field).asLong();
	}

}
