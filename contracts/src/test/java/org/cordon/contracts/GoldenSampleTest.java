package org.cordon.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.checkpoint.CheckpointEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published type keeps reading its golden sample (backward compatibility) and
 * writes exactly that sample (no field renamed, added or dropped by accident).
 */
class GoldenSampleTest {

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<EventType> eventTypes() {
		return EventCatalog.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void goldenSampleDeserialisesToTheExpectedRecord(EventType type) throws IOException {
		DomainEvent read = this.json.readValue(sample(type), type.dataType());

		assertThat(read).isEqualTo(GoldenSamples.EXPECTED.get(type.name()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void recordSerialisesToItsGoldenSample(EventType type) throws IOException {
		DomainEvent event = GoldenSamples.EXPECTED.get(type.name());
		assertThat(event).as("a record for the golden sample of " + type.name()).isNotNull();

		JsonNode written = this.json.readTree(this.json.writeValueAsString(event));

		assertThat(written).isEqualTo(this.json.readTree(sample(type)));
	}

	@Test
	void everyCheckpointEventHasACatalogEntryOnItsContextsTopic() {
		assertThat(Arrays.stream(CheckpointEvent.class.getPermittedSubclasses())
			.map((recordType) -> EventCatalog.all().stream().filter((t) -> t.dataType() == recordType).findFirst()))
			.allSatisfy((entry) -> assertThat(entry)
				.hasValueSatisfying((t) -> assertThat(t.topic()).isEqualTo("checkpoint.events")));
	}

	@Test
	void typeNamesAreLogicalNamesWithAVersionNotClassNames() {
		assertThat(EventCatalog.all())
			.allSatisfy((t) -> assertThat(t.name()).matches("cordon\\.[a-z]+\\.[A-Za-z]+\\.v\\d+")
				.doesNotContain(t.dataType().getPackageName()));
	}

	private InputStream sample(EventType type) {
		InputStream in = getClass().getResourceAsStream("/samples/" + type.name() + ".json");
		assertThat(in).as("golden sample for " + type.name()).isNotNull();
		return in;
	}

}
