package org.cordon.reporting.audit;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.contracts.checkpoint.FeverDetected;
import org.cordon.contracts.checkpoint.VehicleTurnedBack;
import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueRectified;
import org.cordon.contracts.quarantine.PersonCategory;
import org.cordon.contracts.quarantine.PersonRegistered;
import org.cordon.contracts.quarantine.TemperatureRecorded;
import org.cordon.contracts.supply.ItemDefined;
import org.cordon.contracts.supply.PriceObserved;
import org.cordon.contracts.supply.ReceiptSource;
import org.cordon.contracts.supply.SupplyReceived;
import org.cordon.platform.cloudevents.EventCodec;
import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingServiceTest;
import org.cordon.reporting.audit.TimedEvents.Sent;
import org.cordon.reporting.audit.TimedEvents.Timed;
import org.cordon.reporting.audit.domain.LogPosition;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit stream read from the real log. Every test writes its events at times of its
 * own, somewhere between 2000 and 2019, where no other test of the suite writes (they
 * publish at the present time), and with aggregates of its own; the views that consume
 * them are unaffected, since their regions and keys are new too.
 */
@ReportingServiceTest
class AuditStreamIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final long SPAN_SECONDS = Duration.between(EARLIEST, Instant.parse("2019-01-01T00:00:00Z"))
		.toSeconds();

	/**
	 * Far more than the sockets between client and server buffer (about 25 MB of lines):
	 * a stream of it cannot have ended before its client stops reading.
	 */
	private static final int LONG_HISTORY = 40_000;

	private static Instant longHistoryFrom;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	MeterRegistry meters;

	@Autowired
	AuditProperties properties;

	AuditApi api;

	TimedEvents events;

	Instant base;

	String suffix;

	@BeforeEach
	void connect() {
		this.api = new AuditApi(this.port);
		this.events = new TimedEvents(this.bootstrap);
		this.base = somewhereInThePast();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void disconnect() {
		this.events.close();
	}

	@Test
	void theStreamOfASubjectIsExactlyThatAggregatesEventsInTheirOrder() {
		UUID gate = UUID.randomUUID();
		UUID otherGate = UUID.randomUUID();
		CountsReported report = CheckpointEventsProducer.first(gate, this.base,
				CheckpointEventsProducer.counts(120, 260));
		List<DomainEvent> ofGate = List.of(
				new CheckpointRegistered(gate, "京藏高速临河出口", "审计区-" + this.suffix, CheckpointKind.HIGHWAY_EXIT), report,
				turnedBack(gate), fever(gate),
				CheckpointEventsProducer.correction(report, CheckpointEventsProducer.counts(121, 262)));
		List<Timed> timed = new ArrayList<>();
		for (int i = 0; i < ofGate.size(); i++) {
			timed.add(new Timed(ofGate.get(i), this.base.plusSeconds(2L * i)));
			timed.add(new Timed(turnedBack(otherGate), this.base.plusSeconds(2L * i + 1)));
		}
		List<Sent> sent = this.events.sendAll(timed);

		List<JsonNode> stream = this.api.events("subject=" + gate);

		List<Sent> expected = sent.stream().filter((s) -> s.event().subject().equals(gate.toString())).toList();
		assertThat(stream).extracting((line) -> line.get("id").asString())
			.containsExactlyElementsOf(expected.stream().map((s) -> s.id().toString()).toList());
		JsonNode line = stream.get(1);
		assertThat(line.propertyNames()).containsExactly("specversion", "id", "source", "type", "subject", "time",
				"datacontenttype", "actor", "data");
		assertThat(line.get("specversion").asString()).isEqualTo("1.0");
		assertThat(line.get("source").asString()).isEqualTo("/cordon/checkpoint-service");
		assertThat(line.get("type").asString()).isEqualTo(CountsReported.TYPE);
		assertThat(line.get("subject").asString()).isEqualTo(gate.toString());
		assertThat(Instant.parse(line.get("time").asString())).isEqualTo(this.base.plusSeconds(2));
		assertThat(line.get("datacontenttype").asString()).isEqualTo("application/json");
		assertThat(line.get("actor").asString()).isEqualTo(TimedEvents.ACTOR);
		assertThat(line.get("data").isObject()).as("data is the JSON object, not a string").isTrue();
		assertThat(line.get("data")).isEqualTo(JSON.readTree(EventCodec.write(report)));
	}

	@Test
	void aSubjectIsTheRecordKeyAlsoWhereItIsNotTheAggregatesId() {
		String commodity = "大白菜-" + this.suffix;
		UUID issue = UUID.randomUUID();
		UUID action = UUID.randomUUID();
		LocalDate day = LocalDate.of(2020, 2, 4);
		PriceObserved first = new PriceObserved("四季青蔬菜批发市场", commodity, "kg", "3.2", day);
		PriceObserved second = new PriceObserved("四季青蔬菜批发市场", commodity, "kg", "3.5", day.plusDays(1));
		IssueFound found = new IssueFound(issue, "市疫情防控督查组第二组", "审计区-" + this.suffix, "某超市", "某超市经营者", "未按要求测温登记",
				"入口未设体温检测点", day, day.plusDays(2));
		AccountabilityImposed imposed = new AccountabilityImposed(action, issue, "某镇党委副书记",
				AccountabilityKind.ADMONITION_TALK, day.plusDays(3));
		List<Sent> sent = this.events
			.sendAll(List.of(new Timed(first, this.base), new Timed(found, this.base.plusSeconds(1)),
					new Timed(imposed, this.base.plusSeconds(2)), new Timed(second, this.base.plusSeconds(3))));

		assertThat(ids(this.api.events("subject=" + URLEncoder.encode(commodity, StandardCharsets.UTF_8))))
			.as("prices are keyed by commodity")
			.containsExactly(idOf(sent, first), idOf(sent, second));
		assertThat(ids(this.api.events("subject=" + action))).as("an action is keyed by its own id")
			.containsExactly(idOf(sent, imposed));
		assertThat(ids(this.api.events("subject=" + issue))).containsExactly(idOf(sent, found));
	}

	@Test
	void fromIsInclusiveAndToExclusiveToTheMillisecondAndTheMicrosecond() {
		UUID gate = UUID.randomUUID();
		Instant from = this.base.plusSeconds(10);
		Instant to = this.base.plusSeconds(20);
		List<Instant> times = List.of(from.minusMillis(1), from.minusNanos(1000), from, from.plusMillis(1),
				to.minusMillis(1), to.minusNanos(1000), to, to.plusMillis(1));
		this.events.sendAll(times.stream().map((time) -> new Timed(turnedBack(gate), time)).toList());

		assertThat(times(this.api.events("subject=" + gate + "&from=" + from + "&to=" + to))).containsExactly(from,
				from.plusMillis(1), to.minusMillis(1), to.minusNanos(1000));
		assertThat(times(this.api.events("subject=" + gate + "&from=" + from)))
			.containsExactlyElementsOf(times.subList(2, 8));
		assertThat(times(this.api.events("subject=" + gate + "&to=" + to)))
			.containsExactlyElementsOf(times.subList(0, 6));

		// the same instants with an offset: its '+' encoded, or as a raw '+' that arrives
		// as a space
		String fromInShanghai = from.atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String toInShanghai = to.atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		assertThat(fromInShanghai).endsWith("+08:00");
		assertThat(times(this.api
			.events("subject=" + gate + "&from=" + fromInShanghai.replace("+", "%2B") + "&to=" + toInShanghai)))
			.containsExactly(from, from.plusMillis(1), to.minusMillis(1), to.minusNanos(1000));
	}

	@Test
	void typeFiltersKeepExactlyTheTypesAskedFor() {
		UUID gate = UUID.randomUUID();
		CountsReported report = CheckpointEventsProducer.first(gate, this.base,
				CheckpointEventsProducer.counts(10, 20));
		List<DomainEvent> ofGate = List.of(
				new CheckpointRegistered(gate, "临河火车站", "审计区-" + this.suffix, CheckpointKind.RAILWAY_STATION),
				turnedBack(gate), report, fever(gate), turnedBack(gate));
		List<Timed> timed = new ArrayList<>();
		for (int i = 0; i < ofGate.size(); i++) {
			timed.add(new Timed(ofGate.get(i), this.base.plusSeconds(i)));
		}
		this.events.sendAll(timed);
		String subject = "subject=" + gate;

		assertThat(types(this.api.events(subject + "&type=" + VehicleTurnedBack.TYPE)))
			.containsExactly(VehicleTurnedBack.TYPE, VehicleTurnedBack.TYPE);
		assertThat(types(
				this.api.events(subject + "&type=" + VehicleTurnedBack.TYPE + "&type=" + CheckpointRegistered.TYPE)))
			.containsExactly(CheckpointRegistered.TYPE, VehicleTurnedBack.TYPE, VehicleTurnedBack.TYPE);
		assertThat(types(this.api.events(subject + "&type=" + CountsReported.TYPE + "," + FeverDetected.TYPE)))
			.containsExactly(CountsReported.TYPE, FeverDetected.TYPE);
		assertThat(this.api.events(subject + "&type=" + ItemDefined.TYPE)).as("another context's type").isEmpty();
	}

	@Test
	void theLimitKeepsTheOldest() {
		UUID gate = UUID.randomUUID();
		List<Timed> timed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			timed.add(new Timed(turnedBack(gate), this.base.plusSeconds(i)));
		}
		this.events.sendAll(timed);

		assertThat(times(this.api.events("subject=" + gate + "&limit=3"))).containsExactly(this.base,
				this.base.plusSeconds(1), this.base.plusSeconds(2));
		assertThat(this.api.events("subject=" + gate + "&limit=10")).hasSize(5);
	}

	@Test
	void theMergeAcrossPartitionsAndTopicsIsOrderedByTimeThenTopicPartitionAndOffset() {
		String region = "审计区-" + this.suffix;
		List<List<DomainEvent>> aggregates = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID gate = UUID.randomUUID();
			aggregates.add(List.of(turnedBack(gate), fever(gate), turnedBack(gate)));
		}
		for (int i = 0; i < 3; i++) {
			UUID person = UUID.randomUUID();
			aggregates.add(List.of(
					new PersonRegistered(person, region, PersonCategory.RETURNEE_OUT_OF_CITY, "包头市",
							LocalDate.of(2020, 2, 1)),
					new TemperatureRecorded(person, this.base, new BigDecimal("36.6"), false)));
		}
		for (int i = 0; i < 2; i++) {
			String sku = "AUDIT-" + this.suffix + "-" + i;
			aggregates.add(List.of(new ItemDefined(sku, "医用外科口罩", "只", 100),
					new SupplyReceived(UUID.randomUUID(), sku, 500, "市防疫物资储备库", ReceiptSource.ALLOCATION, null)));
		}
		for (int i = 0; i < 2; i++) {
			UUID issue = UUID.randomUUID();
			aggregates
				.add(List.of(
						new IssueFound(issue, "督查组", region, "某药店", "某药店经营者", "未登记", "购药人员未登记",
								LocalDate.of(2020, 2, 6), LocalDate.of(2020, 2, 8)),
						new IssueRectified(issue, LocalDate.of(2020, 2, 7), "已整改")));
		}
		// interleave the aggregates at random, each in its own order, at increasing times
		List<Timed> timed = new ArrayList<>();
		int[] next = new int[aggregates.size()];
		Instant time = this.base;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (timed.size() < aggregates.stream().mapToInt(List::size).sum()) {
			int a = random.nextInt(aggregates.size());
			if (next[a] < aggregates.get(a).size()) {
				time = time.plusMillis(1 + random.nextInt(500));
				timed.add(new Timed(aggregates.get(a).get(next[a]++), time));
			}
		}
		// ties: one instant on two topics, sent the supply event first; and one instant
		// on
		// two partitions of a topic, sent the higher partition first
		Instant tie = time.plusSeconds(1);
		UUID low = gateOnPartition(0);
		UUID high = gateOnPartition(5);
		timed.add(new Timed(new ItemDefined("AUDIT-" + this.suffix + "-tie", "体温枪", "把", 5), tie));
		timed.add(new Timed(turnedBack(high), tie));
		timed.add(new Timed(turnedBack(low), tie));
		List<Sent> sent = this.events.sendAll(timed);

		List<JsonNode> stream = this.api.events("from=" + this.base + "&to=" + tie.plusMillis(1));

		List<String> expected = sent.stream()
			.sorted(Comparator.comparing((Sent s) -> new LogPosition(s.time(), s.topic(), s.partition(), s.offset())))
			.map((s) -> s.id().toString())
			.toList();
		assertThat(ids(stream)).containsExactlyElementsOf(expected);
		assertThat(times(stream)).isSorted();
		assertThat(sent.stream().map(Sent::topic).distinct()).hasSize(4);
		assertThat(sent.stream().map((s) -> s.topic() + "-" + s.partition()).distinct().count()).isGreaterThan(6);
		assertThat(types(stream.subList(stream.size() - 3, stream.size()))).containsExactly(VehicleTurnedBack.TYPE,
				VehicleTurnedBack.TYPE, ItemDefined.TYPE);
		assertThat(stream.get(stream.size() - 3).get("subject").asString()).isEqualTo(low.toString());
	}

	@Test
	void onlyAuditorsAndAdminsReadTheHistory() {
		this.api.get("limit=1", null).expectStatus().isUnauthorized();
		this.api.get("limit=1", IdentityTokens.viewer()).expectStatus().isForbidden();
		this.api.get("limit=1", IdentityTokens.operator()).expectStatus().isForbidden();
		this.api.get("limit=1", IdentityTokens.checkpoint("*")).expectStatus().isForbidden();
		this.api.get("limit=1", AuditApi.auditor()).expectStatus().isOk();
		this.api.get("limit=1", IdentityTokens.admin()).expectStatus().isOk();
	}

	@Test
	void badParametersAreA400NamingTheParameter() {
		this.api.expectInvalid("from=yesterday", "from");
		this.api.expectInvalid("to=2020-02-04", "to");
		this.api.expectInvalid("from=2020-02-04T00:00:00", "from");
		this.api.expectInvalid("from=2020-02-04T00:00:00Z&to=2020-02-04T08:00:00%2B08:00", "from");
		this.api.expectInvalid("from=2020-02-05T00:00:00Z&to=2020-02-04T00:00:00Z", "from");
		this.api.expectInvalid("type=cordon.checkpoint.CountsReported.v9", "type");
		this.api.expectInvalid("type=" + CountsReported.TYPE + "&type=VehicleTurnedBack", "type");
		this.api.expectInvalid("limit=0", "limit");
		this.api.expectInvalid("limit=ten", "limit");
		this.api.expectInvalid("subject=" + "k".repeat(201), "subject");
	}

	@Test
	void aClientThatGoesAwayClosesItsReader() {
		Instant from = longHistory(this.events);
		double cancelled = readers("cancelled");
		double completed = readers("completed");

		String first = this.api.lines(longHistoryQuery(from)).take(1).blockFirst(Duration.ofSeconds(60));

		assertThat(JSON.readTree(first).get("time").asString()).isEqualTo(from.toString());
		await().atMost(Duration.ofSeconds(30)).until(() -> openReaders() == 0);
		assertThat(readers("cancelled")).as("closed because the client went away").isEqualTo(cancelled + 1);
		assertThat(readers("completed")).isEqualTo(completed);
	}

	@Test
	void streamsBeyondTheReadersAllowedAreA503ToRetry() throws InterruptedException {
		Instant from = longHistory(this.events);
		// the readers of earlier tests close just after their streams ended
		await().atMost(Duration.ofSeconds(30)).until(() -> openReaders() == 0);
		int most = this.properties.maxReaders();
		CountDownLatch reading = new CountDownLatch(most);
		List<BaseSubscriber<String>> clients = new ArrayList<>();
		try {
			for (int i = 0; i < most; i++) {
				BaseSubscriber<String> client = new HoldingClient(reading);
				clients.add(client);
				this.api.lines(longHistoryQuery(from)).subscribe(client);
			}
			assertThat(reading.await(60, TimeUnit.SECONDS)).as("every stream has begun").isTrue();
			assertThat(openReaders()).isEqualTo(most);

			this.api.get(longHistoryQuery(from), AuditApi.auditor())
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "5")
				.expectHeader()
				.contentType("application/problem+json");
		}
		finally {
			clients.forEach(BaseSubscriber::dispose);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> openReaders() == 0);
		this.api.get("limit=1", AuditApi.auditor()).expectStatus().isOk();
	}

	/**
	 * Loads the long history once for the test JVM: turnbacks of two dozen checkpoints, a
	 * millisecond apart.
	 * @param events a producer
	 * @return the time of its first event
	 */
	private static synchronized Instant longHistory(TimedEvents events) {
		if (longHistoryFrom == null) {
			Instant from = somewhereInThePast();
			List<UUID> gates = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				gates.add(UUID.randomUUID());
			}
			List<Timed> timed = new ArrayList<>();
			for (int i = 0; i < LONG_HISTORY; i++) {
				timed.add(new Timed(turnedBack(gates.get(i % gates.size())), from.plusMillis(i)));
			}
			events.sendAll(timed);
			longHistoryFrom = from;
		}
		return longHistoryFrom;
	}

	private static String longHistoryQuery(Instant from) {
		return "from=" + from + "&to=" + from.plusMillis(LONG_HISTORY);
	}

	private UUID gateOnPartition(int partition) {
		while (true) {
			UUID gate = UUID.randomUUID();
			if (KeyPartitions.of(gate.toString(), 6) == partition) {
				return gate;
			}
		}
	}

	private double openReaders() {
		return this.meters.get(AuditMetrics.OPEN_READERS).gauge().value();
	}

	private double readers(String outcome) {
		return this.meters.get(AuditMetrics.READERS).tag("outcome", outcome).counter().count();
	}

	private static Instant somewhereInThePast() {
		return EARLIEST.plusSeconds(ThreadLocalRandom.current().nextLong(SPAN_SECONDS));
	}

	private static VehicleTurnedBack turnedBack(UUID gate) {
		return new VehicleTurnedBack(gate, UUID.randomUUID(), Instant.parse("2020-02-04T02:15:00Z"), "蒙L·A1234", "湖北省",
				3, "外地车辆一律劝返");
	}

	private static FeverDetected fever(UUID gate) {
		return new FeverDetected(gate, UUID.randomUUID(), Instant.parse("2020-02-04T03:40:00Z"), new BigDecimal("37.8"),
				"临河区人民医院发热门诊");
	}

	private static String idOf(List<Sent> sent, DomainEvent event) {
		return sent.stream().filter((s) -> s.event() == event).findFirst().orElseThrow().id().toString();
	}

	private static List<String> ids(List<JsonNode> stream) {
		return stream.stream().map((line) -> line.get("id").asString()).toList();
	}

	private static List<Instant> times(List<JsonNode> stream) {
		return stream.stream().map((line) -> Instant.parse(line.get("time").asString())).toList();
	}

	private static List<String> types(List<JsonNode> stream) {
		return stream.stream().map((line) -> line.get("type").asString()).toList();
	}

	/**
	 * A client that reads the first line of its stream and then nothing more, holding the
	 * stream open until disposed.
	 */
	private static final class HoldingClient extends BaseSubscriber<String> {

		private final CountDownLatch reading;

		HoldingClient(CountDownLatch reading) {
			this.reading = reading;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			subscription.request(1);
		}

		@Override
		protected void hookOnNext(String line) {
			this.reading.countDown();
		}

		@Override
		protected void hookOnError(Throwable failure) {
			// the latch tells the test: the stream did not begin
		}

	}

}
