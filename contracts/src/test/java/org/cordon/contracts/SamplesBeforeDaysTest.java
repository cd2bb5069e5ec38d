package org.cordon.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.supply.DonationReceived;
import org.cordon.contracts.supply.SupplyIssued;
import org.cordon.contracts.supply.SupplyOrdered;
import org.cordon.contracts.supply.SupplyReceived;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written before the day of the fact was carried (orderedOn, receivedOn, issuedOn,
 * registeredOn) are still on the topics for ever: they keep reading, with no day, and
 * otherwise exactly as the current golden sample less that day.
 */
class SamplesBeforeDaysTest {

	private static final Map<String, Function<DomainEvent, LocalDate>> DAY_OF = Map.of(SupplyOrdered.TYPE,
			(e) -> ((SupplyOrdered) e).orderedOn(), SupplyReceived.TYPE, (e) -> ((SupplyReceived) e).receivedOn(),
			SupplyIssued.TYPE, (e) -> ((SupplyIssued) e).issuedOn(), DonationReceived.TYPE,
			(e) -> ((DonationReceived) e).receivedOn(), PersonRegistered.TYPE,
			(e) -> ((PersonRegistered) e).registeredOn());

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> typesThatGainedADay() {
		return DAY_OF.keySet().stream().sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typesThatGainedADay")
	void aSampleWithoutTheDayReadsWithNoDayAndEverythingElseIntact(String typeName) throws IOException {
		EventType type = EventCatalog.all().stream().filter((t) -> t.name().equals(typeName)).findFirst().orElseThrow();
		DomainEvent old = this.json.readValue(sample(typeName), type.dataType());
		DomainEvent current = GoldenSamples.EXPECTED.get(typeName);

		assertThat(DAY_OF.get(typeName).apply(old)).isNull();
		assertThat(DAY_OF.get(typeName).apply(current)).isNotNull();
		assertThat(old).usingRecursiveComparison()
			.ignoringFields("orderedOn", "receivedOn", "issuedOn", "registeredOn")
			.isEqualTo(current);
	}

	private InputStream sample(String typeName) {
		InputStream in = getClass().getResourceAsStream("/samples-before-days/" + typeName + ".json");
		assertThat(in).as("sample before days for " + typeName).isNotNull();
		return in;
	}

}
