package org.cordon.devstack.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.EventCatalog;
import org.cordon.contracts.EventType;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant START = Instant.parse("2020-01-23T00:00:00Z");

	@Test
	void everyEventIsOneOfTheContractsOnItsTopicKeyedByItsSubjectAndReadsBackUnchanged() {
		History history = new History(7, START);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 50_000; i++) {
			HistoryEvent event = history.next(START.plusSeconds(i));
			EventType type = EventCatalog.byName(event.type()).orElseThrow(() -> new AssertionError(event.type()));
			assertThat(event.topic()).as(event.type()).isEqualTo(type.topic());
			DomainEvent read = JSON.readValue(event.data(), type.dataType());
			assertThat(read.subject()).as(event.type() + " is keyed by its subject").isEqualTo(event.key());
			assertThat(JSON.readTree(JSON.writeValueAsString(read))).as(event.data())
				.isEqualTo(JSON.readTree(event.data()));
			seen.add(event.type());
		}
		assertThat(seen).as("every type of every context")
			.containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::name).toList())
			.containsExactlyInAnyOrderElementsOf(History.types());
	}

	@Test
	void anAggregatesFirstEventIsTheOneThatStartsItsStory() {
		History history = new History(11, START);
		Map<String, String> first = new HashMap<>();
		for (int i = 0; i < 50_000; i++) {
			HistoryEvent event = history.next(START.plusSeconds(i));
			first.putIfAbsent(event.topic() + "/" + event.key(), event.type());
		}
		first.forEach((aggregate, type) -> {
			if (aggregate.startsWith("checkpoint.events/")) {
				assertThat(type).as(aggregate).isEqualTo("cordon.checkpoint.CheckpointRegistered.v1");
			}
			else if (aggregate.startsWith("quarantine.events/")) {
				assertThat(type).as(aggregate).isEqualTo("cordon.quarantine.PersonRegistered.v1");
			}
			else if (aggregate.startsWith("inspection.events/")) {
				assertThat(type).as(aggregate)
					.isIn("cordon.inspection.IssueFound.v1", "cordon.inspection.AccountabilityImposed.v1");
			}
			else {
				assertThat(type).as(aggregate)
					.isIn("cordon.supply.ItemDefined.v1", "cordon.supply.DonationReceived.v1",
							"cordon.supply.PriceObserved.v1");
			}
		});
	}

	@Test
	void theSameSeedGivesTheSameHistory() {
		History one = new History(3, START);
		History two = new History(3, START);
		for (int i = 0; i < 1000; i++) {
			assertThat(one.next(START.plusSeconds(i))).isEqualTo(two.next(START.plusSeconds(i)));
		}
	}

	@Test
	void theToolsFiguresLineIsRead() {
		ConsumerBaseline.Result result = ConsumerBaseline.parse(
				"2026-11-30 07:14:54:981, 2026-11-30 07:15:04:120, 95.3674, 10.4349, 200000, 21884.2, 3012, 6127, 15.5651, 32642.4");

		assertThat(result).isEqualTo(new ConsumerBaseline.Result(200000, 3012, 6127));
		assertThat(ConsumerBaseline.parse("start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg,"
				+ " nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"))
			.isNull();
	}

}
