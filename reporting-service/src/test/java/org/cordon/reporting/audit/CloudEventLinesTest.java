package org.cordon.reporting.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.reporting.audit.domain.LogPosition;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventLinesTest {

	private static final UUID ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

	private static final Instant TIME = Instant.parse("2020-02-04T03:40:00.123456Z");

	@Test
	void anEventIsOneLineOfStructuredJsonWithItsDataAsAnObjectCopiedExactly() {
		String data = """
				{"checkpointId": "6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10", "recordId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
				 "at": "2020-02-04T03:40:00Z", "temperatureCelsius": 37.80, "referredTo": "临河区人民医院发热门诊"}""";

		String line = line(record("key:4f6c (Linhe east gate)", data));

		assertThat(line).endsWith("\n").doesNotContain("\n\n");
		assertThat(line.strip()).doesNotContain("\n")
			.isEqualTo("{\"specversion\":\"1.0\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\","
					+ "\"source\":\"/cordon/checkpoint-service\",\"type\":\"cordon.checkpoint.FeverDetected.v1\","
					+ "\"subject\":\"6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10\",\"time\":\"2020-02-04T03:40:00.123456Z\","
					+ "\"datacontenttype\":\"application/json\",\"actor\":\"key:4f6c (Linhe east gate)\","
					+ "\"data\":{\"checkpointId\":\"6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10\","
					+ "\"recordId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"at\":\"2020-02-04T03:40:00Z\","
					+ "\"temperatureCelsius\":37.80,\"referredTo\":\"临河区人民医院发热门诊\"}}");
	}

	@Test
	void anEventWithoutActorHasNoActorMember() {
		assertThat(line(record(null, "{\"a\":1}"))).doesNotContain("actor").contains("\"data\":{\"a\":1}");
	}

	@Test
	void dataThatIsNotOneJsonValueGivesNoLine() {
		assertThat(CloudEventLines.line(record(null, "not json"))).isNull();
		assertThat(CloudEventLines.line(record(null, "{\"a\":1"))).isNull();
		assertThat(CloudEventLines.line(record(null, "{\"a\":1} {\"b\":2}"))).isNull();
		assertThat(CloudEventLines.line(record(null, ""))).isNull();
		assertThat(CloudEventLines.line(new AuditRecord(position(), attributes(null), "1.0", "application/json", null)))
			.isNull();
	}

	private static String line(AuditRecord record) {
		return new String(CloudEventLines.line(record), StandardCharsets.UTF_8);
	}

	private static AuditRecord record(String actor, String data) {
		return new AuditRecord(position(), attributes(actor), "1.0", "application/json",
				data.getBytes(StandardCharsets.UTF_8));
	}

	private static LogPosition position() {
		return new LogPosition(TIME, "checkpoint.events", 2, 41);
	}

	private static CloudEventAttributes attributes(String actor) {
		return new CloudEventAttributes(ID, "/cordon/checkpoint-service", "cordon.checkpoint.FeverDetected.v1",
				"6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10", TIME, actor,
				"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
	}

}
