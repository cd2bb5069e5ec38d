package org.cordon.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.ServiceClient;
import org.cordon.testsupport.ServiceRecords;

/**
 * Talks to checkpoint-service as the gateway would, and reads what it published.
 */
public final class CheckpointApi {

	public static final String TOPIC = "checkpoint.events";

	private final ServiceClient service;

	private final ServiceRecords records;

	public CheckpointApi(int port, DatabaseClient database, String bootstrap) {
		this.service = new ServiceClient(port);
		this.records = new ServiceRecords(database, bootstrap, TOPIC);
	}

	public WebTestClient client() {
		return this.service.client();
	}

	public WebTestClient.ResponseSpec post(String path, String token, String json) {
		return this.service.post(path, token, json);
	}

	public UUID registerCheckpoint(String name) {
		UUID id = UUID.randomUUID();
		post("/api/checkpoints", IdentityTokens.admin(), checkpoint(id, name, "临河区", "HIGHWAY_EXIT")).expectStatus()
			.isCreated();
		return id;
	}

	public WebTestClient.ResponseSpec postCounts(UUID checkpointId, String json) {
		return post("/api/checkpoints/" + checkpointId + "/counts", IdentityTokens.checkpoint(checkpointId.toString()),
				json);
	}

	/**
	 * Everything published for a checkpoint once the outbox is empty: at that point every
	 * committed event is on the topic, so what is there is all there will be.
	 * @param checkpointId the key
	 * @return the records, in order
	 */
	public List<ConsumerRecord<String, byte[]>> publishedFor(UUID checkpointId) {
		return this.records.publishedFor(checkpointId.toString());
	}

	public List<String> typesPublishedFor(UUID checkpointId) {
		return this.records.typesPublishedFor(checkpointId.toString());
	}

	public long rows(String table, String idColumn, UUID id) {
		return this.records.rows(table, idColumn, id);
	}

	public static String checkpoint(UUID id, String name, String region, String kind) {
		return """
				{"checkpointId": "%s", "name": "%s", "region": "%s", "kind": "%s"}""".formatted(id, name, region, kind);
	}

	/**
	 * A report for the day that ended at {@code end}, with the bulletin's figures for 4
	 * February plus {@code extra} vehicles inspected.
	 * @param reportId the id
	 * @param start the period start
	 * @param end the period end
	 * @param extra added to vehiclesInspected, to make corrections differ
	 * @return the JSON
	 */
	public static String report(UUID reportId, Instant start, Instant end, int extra) {
		return """
				{"reportId": "%s", "periodStart": "%s", "periodEnd": "%s",
				 "vehiclesInspected": %d, "vehiclesInbound": 686, "vehiclesTurnedBack": 126,
				 "personsChecked": 2843, "personsInbound": 1651, "personsTurnedBack": 17,
				 "trains": 21, "trainPassengersArrived": 338, "feverDetected": 0}""".formatted(reportId, start, end,
				1048 + extra);
	}

}
