package org.cordon.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.ServiceClient;
import org.cordon.testsupport.ServiceRecords;
import org.cordon.testsupport.TopicRecords;

/**
 * Talks to inspection-service as the gateway would, and reads what it stored and
 * published.
 */
public final class InspectionApi {

	public static final String TOPIC = "inspection.events";

	public static final String ISSUES = "/api/inspections/issues";

	public static final String ACCOUNTABILITY = "/api/inspections/accountability";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ServiceClient service;

	private final ServiceRecords records;

	private final DatabaseClient database;

	public InspectionApi(int port, DatabaseClient database, String bootstrap) {
		this.service = new ServiceClient(port);
		this.records = new ServiceRecords(database, bootstrap, TOPIC);
		this.database = database;
	}

	public WebTestClient client() {
		return this.service.client();
	}

	public WebTestClient.ResponseSpec post(String path, String token, String json) {
		return this.service.post(path, token, json);
	}

	public WebTestClient.ResponseSpec get(String pathAndQuery, String token) {
		return this.service.get(pathAndQuery, token);
	}

	public WebTestClient.ResponseSpec postIssue(String json) {
		return post(ISSUES, IdentityTokens.operator(), json);
	}

	public WebTestClient.ResponseSpec rectify(UUID issueId, String json) {
		return post(rectification(issueId), IdentityTokens.operator(), json);
	}

	/**
	 * Records an issue found on {@code foundOn}, due on {@code deadline}.
	 * @param foundOn the day found
	 * @param deadline the deadline
	 * @return its id
	 */
	public UUID recordIssue(LocalDate foundOn, LocalDate deadline) {
		UUID id = UUID.randomUUID();
		postIssue(issue(id, "临河区", foundOn, deadline)).expectStatus().isCreated();
		return id;
	}

	public void rectifyOn(UUID issueId, LocalDate rectifiedOn) {
		rectify(issueId, rectification(rectifiedOn, "已整改")).expectStatus().isOk();
	}

	/**
	 * Everything published for a key once the outbox is empty: at that point every
	 * committed event is on the topic, so what is there is all there will be.
	 * @param key the issue or action id
	 * @return the records, in order
	 */
	public List<ConsumerRecord<String, byte[]>> publishedFor(UUID key) {
		return this.records.publishedFor(key.toString());
	}

	public List<String> typesPublishedFor(UUID key) {
		return this.records.typesPublishedFor(key.toString());
	}

	/**
	 * @param key the issue or action id
	 * @param type the short type, e.g. {@code IssueOverdue.v1}
	 * @return the data of each event of that type published for the key
	 */
	public List<JsonNode> published(UUID key, String type) {
		return publishedFor(key).stream()
			.filter((r) -> TopicRecords.header(r, CloudEventHeaders.TYPE).equals("cordon.inspection." + type))
			.map((r) -> JSON.readTree(r.value()))
			.toList();
	}

	public long rows(String table, String idColumn, UUID id) {
		return this.records.rows(table, idColumn, id);
	}

	/**
	 * @param issueId the issue
	 * @return its status on file, e.g. {@code OPEN}; null when there is no such issue
	 */
	public String statusOf(UUID issueId) {
		return this.database.sql("select status from issues where issue_id = $1")
			.bind(0, issueId)
			.map((row) -> row.get("status", String.class))
			.one()
			.block();
	}

	public static String rectification(UUID issueId) {
		return ISSUES + "/" + issueId + "/rectification";
	}

	public static String issue(UUID id, String region, LocalDate foundOn, LocalDate deadline) {
		return """
				{"issueId": "%s", "team": "市疫情防控督查组第二组", "region": "%s", "site": "某超市",
				 "responsibleUnit": "某超市经营者", "category": "未按要求测温登记",
				 "description": "入口未设体温检测点，进出人员未登记", "foundOn": "%s", "deadline": "%s"}""".formatted(id, region,
				foundOn, deadline);
	}

	public static String rectification(LocalDate rectifiedOn, String note) {
		return """
				{"rectifiedOn": "%s", "note": "%s"}""".formatted(rectifiedOn, note);
	}

	public static String accountability(UUID actionId, UUID issueId, String kind, LocalDate on) {
		String issue = (issueId != null) ? "\"" + issueId + "\"" : "null";
		return """
				{"actionId": "%s", "issueId": %s, "subject": "某镇党委副书记", "kind": "%s", "on": "%s"}""".formatted(actionId,
				issue, kind, on);
	}

}
