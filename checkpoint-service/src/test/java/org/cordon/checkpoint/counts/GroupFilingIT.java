package org.cordon.checkpoint.counts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.checkpoint.CheckpointIntegrationTest;
import org.cordon.checkpoint.counts.domain.CountReport;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.checkpoint.counts.domain.Period;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.platform.cloudevents.CloudEventHeaders;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.testsupport.IdentityTokens;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single reports filed together in one transaction are decided, stored and published
 * exactly as if each had come alone.
 */
class GroupFilingIT extends CheckpointIntegrationTest {

	static final Instant DAY = Instant.parse("2020-02-03T16:00:00Z");

	static final int AT_FAULT = 4242;

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	GroupFiling groups;

	@Autowired
	DatabaseClient database;

	UUID linhe;

	UUID wuyuan;

	@BeforeEach
	void registerTwoCheckpoints() {
		this.linhe = this.api.registerCheckpoint("京藏高速临河出口");
		this.wuyuan = this.api.registerCheckpoint("五原收费站");
	}

	@Test
	void aGroupOfSeveralCheckpointsIsDecidedAsIfEachReportCameAlone() {
		UUID onFile = UUID.randomUUID();
		this.api.postCounts(this.linhe, CheckpointApi.report(onFile, DAY, hours(24), 0)).expectStatus().isAccepted();
		CountReport later = report(UUID.randomUUID(), hours(24), hours(48), 1);
		CountReport again = report(onFile, DAY, hours(24), 1048);
		CountReport sameDayElsewhere = report(UUID.randomUUID(), DAY, hours(24), 5);
		CountReport correction = report(UUID.randomUUID(), DAY, hours(24), 7);
		CountReport nowhere = report(UUID.randomUUID(), DAY, hours(24), 1);
		CountReport overlapping = report(UUID.randomUUID(), hours(12), hours(36), 1);
		CountReport reusedId = report(onFile, hours(48), hours(72), 1);

		List<Outcome> outcomes = this.groups.file(List.of(submit(this.linhe, later, "key:a"),
				submit(this.linhe, again, "key:b"), submit(this.wuyuan, sameDayElsewhere, "key:c"),
				submit(this.linhe, correction, "key:d"), submit(UUID.randomUUID(), nowhere, "key:e"),
				submit(this.wuyuan, overlapping, "key:f"), submit(this.wuyuan, reusedId, "key:g")))
			.block();

		assertThat(outcomes).hasSize(7);
		assertThat(outcomes.get(0).filing()).isInstanceOf(Filing.Accepted.class);
		assertThat(outcomes.get(1).filing()).isInstanceOf(Filing.Duplicate.class);
		assertThat(outcomes.get(2).filing()).isInstanceOf(Filing.Accepted.class);
		assertThat(outcomes.get(3).filing()).isInstanceOfSatisfying(Filing.Corrected.class,
				(corrected) -> assertThat(corrected.filed().revision()).isEqualTo(2));
		assertThat(outcomes.get(4).refusal().problem().status()).isEqualTo(404);
		assertThat(outcomes.get(5).filing()).isInstanceOf(Filing.Conflict.class);
		assertThat(outcomes.get(6).filing()).isInstanceOf(Filing.Conflict.class);

		List<ConsumerRecord<String, byte[]>> linhe = this.api.publishedFor(this.linhe);
		assertThat(linhe).hasSize(4);
		assertThat(linhe.subList(2, 4)).extracting((r) -> TopicRecords.header(r, CloudEventHeaders.ACTOR))
			.containsExactly("key:a", "key:d");
		// no trace was given: none travels, rather than a text standing for it
		assertThat(TopicRecords.header(linhe.get(2), CloudEventHeaders.TRACEPARENT)).isNull();
		JsonNode corrected = this.json.readTree(linhe.get(3).value());
		assertThat(corrected.get("revision").asInt()).isEqualTo(2);
		assertThat(corrected.get("previousCounts").get("vehiclesInspected").asInt()).isEqualTo(1048);
		List<ConsumerRecord<String, byte[]>> wuyuan = this.api.publishedFor(this.wuyuan);
		assertThat(wuyuan).hasSize(2);
		assertThat(TopicRecords.header(wuyuan.get(1), CloudEventHeaders.ACTOR)).isEqualTo("key:c");
		assertThat(reportsOf(this.linhe)).isEqualTo(3);
		assertThat(reportsOf(this.wuyuan)).isEqualTo(1);
	}

	@Test
	void aGroupWhoseTransactionFailsIsFiledAgainOneByOneSoOnlyTheReportAtFaultFails() {
		refuseReportsWithVehiclesInspected(AT_FAULT);
		try {
			// one group at a time: the first report goes alone, the other three wait and
			// go together
			FilingQueue queue = new FilingQueue(this.groups::file, 1, 64);
			List<Submission> submissions = List.of(submit(this.linhe, report(UUID.randomUUID(), DAY, hours(1), 1)),
					submit(this.linhe, report(UUID.randomUUID(), hours(1), hours(2), 2)),
					submit(this.wuyuan, report(UUID.randomUUID(), DAY, hours(1), AT_FAULT)),
					submit(this.wuyuan, report(UUID.randomUUID(), hours(1), hours(2), 3)));

			List<String> answers = Flux
				.mergeSequential(submissions.stream()
					.map((submission) -> queue.file(submission)
						.map((filing) -> filing.getClass().getSimpleName())
						.onErrorResume((failure) -> Mono.just("failed")))
					.toList())
				.collectList()
				.block();

			assertThat(answers).containsExactly("Accepted", "Accepted", "failed", "Accepted");
			assertThat(this.api.typesPublishedFor(this.linhe)).containsExactly("CheckpointRegistered.v1",
					"CountsReported.v1", "CountsReported.v1");
			assertThat(this.api.typesPublishedFor(this.wuyuan)).containsExactly("CheckpointRegistered.v1",
					"CountsReported.v1");
			assertThat(reportsOf(this.wuyuan)).isEqualTo(1);
		}
		finally {
			this.database.sql("drop trigger refuse_marked_reports on count_reports").then().block();
		}
	}

	@Test
	void theSameReportPostedManyTimesAtOnceIsFiledOnceAndTheRestAreDuplicates() throws Exception {
		String report = CheckpointApi.report(UUID.randomUUID(), DAY, hours(24), 0);

		List<Integer> statuses = atOnce(10, () -> post(this.linhe, report));

		assertThat(statuses).containsOnly(202, 200);
		assertThat(statuses).filteredOn((status) -> status == 202).hasSize(1);
		assertThat(this.api.publishedFor(this.linhe)).hasSize(2);
	}

	@Test
	void overlappingReportsPostedAtOnceLeaveExactlyOneOnFile() throws Exception {
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String report = CheckpointApi.report(UUID.randomUUID(), DAY.plusSeconds(60L * i),
					hours(12).plusSeconds(60L * i), 0);
			posts.add(() -> post(this.linhe, report));
		}

		List<Integer> statuses = atOnce(posts);

		assertThat(statuses).containsOnly(202, 409);
		assertThat(statuses).filteredOn((status) -> status == 202).hasSize(1);
		assertThat(this.api.publishedFor(this.linhe)).hasSize(2);
		assertThat(reportsOf(this.linhe)).isEqualTo(1);
	}

	@Test
	void manyCheckpointsPostingAtOnceHaveEveryReportFiledOnceInOrder() throws Exception {
		List<UUID> checkpoints = List.of(this.linhe, this.wuyuan, this.api.registerCheckpoint("乌拉特前旗检查站"));
		List<Callable<Integer>> posts = new ArrayList<>();
		for (UUID checkpoint : checkpoints) {
			for (int hour = 0; hour < 12; hour++) {
				String report = CheckpointApi.report(UUID.randomUUID(), hours(hour), hours(hour + 1), hour);
				posts.add(() -> post(checkpoint, report));
			}
		}

		List<Integer> statuses = atOnce(posts);

		assertThat(statuses).hasSize(36).containsOnly(202);
		for (UUID checkpoint : checkpoints) {
			List<ConsumerRecord<String, byte[]>> published = this.api.publishedFor(checkpoint);
			assertThat(published).hasSize(13);
			assertThat(published.stream().skip(1).map((r) -> this.json.readTree(r.value()).get("reportId").asString()))
				.doesNotHaveDuplicates();
			assertThat(reportsOf(checkpoint)).isEqualTo(12);
		}
	}

	private int post(UUID checkpoint, String report) {
		return this.api.client()
			.post()
			.uri("/api/checkpoints/" + checkpoint + "/counts")
			.header(IdentityTokens.HEADER, IdentityTokens.checkpoint(checkpoint.toString()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(report)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private List<Integer> atOnce(int times, Callable<Integer> post) throws Exception {
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			posts.add(post);
		}
		return atOnce(posts);
	}

	private static List<Integer> atOnce(List<Callable<Integer>> posts) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(posts.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : threads.invokeAll(posts)) {
				statuses.add(status.get());
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void refuseReportsWithVehiclesInspected(int marker) {
		this.database.sql("""
				create or replace function refuse_marked_reports() returns trigger language plpgsql as $$
				begin
				  if new.vehicles_inspected = %d then raise exception 'refused by the test'; end if;
				  return new;
				end $$""".formatted(marker)).then().block();
		this.database.sql("""
				create trigger refuse_marked_reports before insert on count_reports
				for each row execute function refuse_marked_reports()""").then().block();
	}

	private long reportsOf(UUID checkpoint) {
		return this.database.sql("select count(*) as n from count_reports where checkpoint_id = $1")
			.bind(0, checkpoint)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static Submission submit(UUID checkpoint, CountReport report) {
		return submit(checkpoint, report, "key:test");
	}

	private static Submission submit(UUID checkpoint, CountReport report, String actor) {
		return new Submission(checkpoint, report, new Provenance(actor, null));
	}

	private static CountReport report(UUID reportId, Instant start, Instant end, int vehiclesInspected) {
		return new CountReport(reportId, new Period(start, end),
				new Counts(vehiclesInspected, 686, 126, 2843, 1651, 17, 21, 338, 0));
	}

	private static Instant hours(int hours) {
		return DAY.plusSeconds(3600L * hours);
	}

}
