package org.cordon.checkpoint.turnbacks;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.checkpoint.CheckpointIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turnbacks and fevers: single events with their own records, once per recordId.
 */
class SingleRecordsIT extends CheckpointIntegrationTest {

	final JsonMapper json = JsonMapper.builder().build();

	UUID checkpoint;

	@BeforeEach
	void registerACheckpoint() {
		this.checkpoint = this.api.registerCheckpoint("110国道临河段");
	}

	@Test
	void aTurnbackIsRecordedOncePerRecordId() {
		UUID id = UUID.randomUUID();
		String turnback = turnback(id, 3);

		post("turnbacks", turnback).expectStatus().isAccepted().expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
		post("turnbacks", turnback).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DUPLICATE");
		post("turnbacks", turnback(id, 4)).expectStatus().isEqualTo(409);

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(this.checkpoint);
		assertThat(records).hasSize(2);
		JsonNode data = this.json.readTree(records.get(1).value());
		assertThat(data.get("plate").asString()).isEqualTo("蒙L·A1234");
		assertThat(data.get("occupants").asInt()).isEqualTo(3);
		assertThat(this.api.rows("turnbacks", "record_id", id)).isEqualTo(1);
	}

	@Test
	void anInvalidTurnbackStoresAndPublishesNothing() {
		UUID id = UUID.randomUUID();

		post("turnbacks", turnback(id, 101)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("occupants");

		assertThat(this.api.rows("turnbacks", "record_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");
	}

	@Test
	void aFeverIsRecordedOncePerRecordIdWithOneDecimal() {
		UUID id = UUID.randomUUID();

		post("fevers", fever(id, "38.20")).expectStatus().isAccepted();
		post("fevers", fever(id, "38.2")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");

		List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(this.checkpoint);
		assertThat(records).hasSize(2);
		assertThat(new String(records.get(1).value())).contains("\"temperatureCelsius\":38.2");
	}

	@Test
	void aReadingBelowFeverIsRefusedAndAnUnknownCheckpointIsNotFound() {
		UUID id = UUID.randomUUID();

		post("fevers", fever(id, "36.5")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("temperatureCelsius");
		UUID unknown = UUID.randomUUID();
		this.api.post("/api/checkpoints/" + unknown + "/fevers", IdentityTokens.checkpoint("*"), fever(id, "38.0"))
			.expectStatus()
			.isNotFound();

		assertThat(this.api.rows("fevers", "record_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(this.checkpoint)).containsExactly("CheckpointRegistered.v1");
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String kind, String body) {
		return this.api.post("/api/checkpoints/" + this.checkpoint + "/" + kind,
				IdentityTokens.checkpoint(this.checkpoint.toString()), body);
	}

	private static String turnback(UUID id, int occupants) {
		return """
				{"recordId": "%s", "at": "2020-02-04T10:15:00+08:00", "plate": "蒙L·A1234",
				 "originRegion": "湖北省", "occupants": %d, "reason": "外地车辆一律劝返"}""".formatted(id, occupants);
	}

	private static String fever(UUID id, String celsius) {
		return """
				{"recordId": "%s", "at": "2020-02-04T11:40:00+08:00", "temperatureCelsius": %s,
				 "referredTo": "临河区人民医院发热门诊"}""".formatted(id, celsius);
	}

}
