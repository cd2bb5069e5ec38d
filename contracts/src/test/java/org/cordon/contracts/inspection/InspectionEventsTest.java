package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.EventCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inspection contracts promise beyond their golden samples: the keys EVENTS.md
 * names, and an accountability action whose data {@code subject} is the official while
 * its key is the action.
 */
class InspectionEventsTest {

	static final UUID ISSUE = UUID.fromString("5d1f0c8a-7e2b-4a39-b6c4-2e8f1a9d3b70");

	static final LocalDate DAY = LocalDate.parse("2020-02-08");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyInspectionEventHasACatalogEntryOnTheInspectionTopic() {
		assertThat(Arrays.stream(InspectionEvent.class.getPermittedSubclasses())
			.map((eventType) -> EventCatalog.all().stream().filter((t) -> t.dataType() == eventType).findFirst()))
			.hasSize(4)
			.allSatisfy((entry) -> assertThat(entry)
				.hasValueSatisfying((t) -> assertThat(t.topic()).isEqualTo("inspection.events")));
	}

	@Test
	void anIssuesEventsAreKeyedByTheIssue() {
		assertThat(new IssueFound(ISSUE, "督查组", "临河区", "某超市", "某超市经营者", "未测温", "未登记", DAY, DAY).subject())
			.isEqualTo(ISSUE.toString());
		assertThat(new IssueRectified(ISSUE, DAY, null).subject()).isEqualTo(ISSUE.toString());
		assertThat(new IssueOverdue(ISSUE, DAY, DAY.plusDays(1)).subject()).isEqualTo(ISSUE.toString());
	}

	@Test
	void anAccountabilityActionIsKeyedByTheActionWhileItsDataSubjectIsTheOfficial() {
		UUID action = UUID.randomUUID();
		AccountabilityImposed imposed = new AccountabilityImposed(action, ISSUE, "某镇党委副书记",
				AccountabilityKind.DISMISSAL, DAY);

		JsonNode data = this.json.readTree(this.json.writeValueAsString(imposed));

		assertThat(imposed.subject()).isEqualTo(action.toString());
		assertThat(data.get("subject").asString()).isEqualTo("某镇党委副书记");
		assertThat(data.propertyNames()).containsExactlyInAnyOrder("actionId", "issueId", "subject", "kind", "on");
		assertThat(this.json.readValue(this.json.writeValueAsString(imposed), AccountabilityImposed.class))
			.isEqualTo(imposed);
	}

	@Test
	void anAccountabilityActionMayAnswerNoIssue() {
		AccountabilityImposed imposed = new AccountabilityImposed(UUID.randomUUID(), null, "某街道办事处主任",
				AccountabilityKind.PUBLIC_CRITICISM, DAY);

		JsonNode data = this.json.readTree(this.json.writeValueAsString(imposed));

		assertThat(data.get("issueId").isNull()).isTrue();
		assertThat(this.json.readValue(this.json.writeValueAsString(imposed), AccountabilityImposed.class))
			.isEqualTo(imposed);
	}

}
