package org.cordon.devstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A plausible history of all four contexts, generated one event at a time with constant
 * memory: a few hundred to a few thousand checkpoints, persons, items and issues at a
 * time, each going through its own story (a person is registered, isolated, has
 * temperatures taken, then is released, or suspected, confirmed and transferred), so that
 * every event is one the reporting views can apply and an aggregate's events come in a
 * possible order. Mixed about 40% checkpoint, 30% quarantine, 15% supply and 15%
 * inspection events; seeded, so a run can be repeated.
 */
final class History {

	private static final String CHECKPOINTS = "checkpoint.events";

	private static final String QUARANTINE = "quarantine.events";

	private static final String SUPPLY = "supply.events";

	private static final String INSPECTION = "inspection.events";

	private static final String[] REGIONS = { "临河区", "五原县", "磴口县", "乌拉特前旗", "乌拉特中旗", "乌拉特后旗", "杭锦后旗" };

	private static final String[] CHECKPOINT_KINDS = { "HIGHWAY_EXIT", "NATIONAL_ROAD", "RAILWAY_STATION",
			"CITY_ENTRANCE", "VILLAGE", "COMPOUND" };

	private static final String[] CATEGORIES = { "RETURNEE_HUBEI", "RETURNEE_OUT_OF_PROVINCE", "RETURNEE_OUT_OF_CITY",
			"CLOSE_CONTACT", "KEY_CONTACT", "FEVER_REFERRAL" };

	private static final String[] MODES = { "HOME", "CENTRALIZED", "HOSPITAL" };

	private static final String[] PRIORITIES = { "FEVER_CLINIC", "SAMPLING", "CHECKPOINT", "COMMUNITY", "OTHER" };

	private static final String[] DONATION_KINDS = { "CASH", "MEDICAL", "OTHER" };

	private static final String[] ACCOUNTABILITY_KINDS = { "DISMISSAL", "ADMONITION_TALK", "REMINDER_TALK",
			"PUBLIC_CRITICISM", "DISCIPLINARY_SANCTION", "ORGANISATIONAL_HANDLING" };

	private static final String[] COMMODITIES = { "大白菜", "土豆", "西红柿", "黄瓜", "猪肉", "鸡蛋", "大米", "面粉", "食用油", "牛奶" };

	private final Random random;

	private final Instant firstPeriod;

	private final Gate[] gates = new Gate[500];

	private final Person[] persons = new Person[1000];

	private final Issue[] issues = new Issue[2000];

	private final boolean[] itemsDefined = new boolean[50];

	private final String run;

	History(long seed, Instant start) {
		this.random = new Random(seed);
		this.firstPeriod = start.truncatedTo(ChronoUnit.HOURS);
		this.run = Long.toString(seed, 36);
	}

	/**
	 * @param time when the event happens
	 * @return the next event of the history
	 */
	HistoryEvent next(Instant time) {
		int context = this.random.nextInt(100);
		if (context < 40) {
			return checkpoint();
		}
		if (context < 70) {
			return quarantine(time);
		}
		if (context < 85) {
			return supply(time);
		}
		return inspection(time);
	}

	private HistoryEvent checkpoint() {
		int slot = this.random.nextInt(this.gates.length);
		if (this.gates[slot] == null) {
			this.gates[slot] = new Gate(uuid());
			return new HistoryEvent(CHECKPOINTS, "cordon.checkpoint.CheckpointRegistered.v1", this.gates[slot].id,
					"{\"checkpointId\":\"%s\",\"name\":\"卡口 %d\",\"region\":\"%s\",\"kind\":\"%s\"}"
						.formatted(this.gates[slot].id, slot, pick(REGIONS), pick(CHECKPOINT_KINDS)));
		}
		Gate gate = this.gates[slot];
		int kind = this.random.nextInt(100);
		if (kind < 60) {
			Instant start = this.firstPeriod.plus(Duration.ofHours(gate.reports++));
			int inspected = this.random.nextInt(2000);
			int inbound = this.random.nextInt(inspected + 1);
			int turnedBack = this.random.nextInt(inbound + 1);
			int checked = this.random.nextInt(5000);
			int personsInbound = this.random.nextInt(checked + 1);
			int arrived = this.random.nextInt(400);
			return new HistoryEvent(CHECKPOINTS, "cordon.checkpoint.CountsReported.v1", gate.id,
					"""
							{"checkpointId":"%s","reportId":"%s","periodStart":"%s","periodEnd":"%s","revision":1,\
							"counts":{"vehiclesInspected":%d,"vehiclesInbound":%d,"vehiclesTurnedBack":%d,"personsChecked":%d,\
							"personsInbound":%d,"personsTurnedBack":%d,"trains":%d,"trainPassengersArrived":%d,\
							"feverDetected":%d},"previousCounts":null}"""
						.formatted(gate.id, uuid(), start, start.plus(Duration.ofHours(1)), inspected, inbound,
								turnedBack, checked, personsInbound, this.random.nextInt(personsInbound + 1),
								this.random.nextInt(30), arrived, this.random.nextInt(Math.min(3, checked + 1))));
		}
		if (kind < 85) {
			return new HistoryEvent(CHECKPOINTS, "cordon.checkpoint.VehicleTurnedBack.v1", gate.id,
					"""
							{"checkpointId":"%s","recordId":"%s","at":"%s","plate":"蒙L·A%04d","originRegion":"湖北省",\
							"occupants":%d,"reason":"外地车辆一律劝返"}""".formatted(gate.id, uuid(),
							this.firstPeriod.plus(Duration.ofMinutes(gate.reports)), this.random.nextInt(10000),
							1 + this.random.nextInt(5)));
		}
		return new HistoryEvent(CHECKPOINTS, "cordon.checkpoint.FeverDetected.v1", gate.id,
				"""
						{"checkpointId":"%s","recordId":"%s","at":"%s","temperatureCelsius":%d.%d,\
						"referredTo":"临河区人民医院发热门诊"}""".formatted(gate.id, uuid(),
						this.firstPeriod.plus(Duration.ofMinutes(gate.reports)), 37 + this.random.nextInt(3),
						this.random.nextInt(10)));
	}

	private HistoryEvent quarantine(Instant time) {
		int slot = this.random.nextInt(this.persons.length);
		Person person = this.persons[slot];
		LocalDate today = LocalDate.ofInstant(time, ZoneOffset.ofHours(8));
		if (person == null || person.done) {
			person = new Person(uuid(), 2 + this.random.nextInt(5), this.random.nextInt(10));
			this.persons[slot] = person;
			return event(QUARANTINE, "PersonRegistered", person.id, """
					{"personId":"%s","region":"%s","category":"%s","exposureRegion":"湖北省武汉市",\
					"lastExposureOn":"%s","registeredOn":"%s"}""".formatted(person.id, pick(REGIONS), pick(CATEGORIES),
					today.minusDays(2), today));
		}
		int step = person.step++;
		if (step == 0) {
			return event(QUARANTINE, "PersonIsolated", person.id, """
					{"personId":"%s","mode":"%s","site":"集中隔离观察点","startedOn":"%s","observationEndsOn":"%s",\
					"monitorCount":%d}""".formatted(person.id, pick(MODES), today, today.plusDays(12),
					1 + this.random.nextInt(3)));
		}
		if (step <= person.readings) {
			int tenths = 360 + this.random.nextInt(20);
			return event(QUARANTINE, "TemperatureRecorded", person.id,
					"{\"personId\":\"%s\",\"at\":\"%s\",\"celsius\":%d.%d,\"fever\":%b}".formatted(person.id,
							time.truncatedTo(ChronoUnit.SECONDS), tenths / 10, tenths % 10, tenths >= 373));
		}
		if (person.fate >= 8) {
			// suspected, confirmed, transferred
			int after = step - person.readings;
			if (after == 1) {
				return event(QUARANTINE, "CaseSuspected", person.id,
						"{\"personId\":\"%s\",\"on\":\"%s\"}".formatted(person.id, today));
			}
			if (after == 2) {
				return event(QUARANTINE, "CaseConfirmed", person.id,
						"{\"personId\":\"%s\",\"on\":\"%s\"}".formatted(person.id, today));
			}
			person.done = true;
			return event(QUARANTINE, "PersonTransferred", person.id,
					"{\"personId\":\"%s\",\"facility\":\"巴彦淖尔市医院\",\"on\":\"%s\"}".formatted(person.id, today));
		}
		if (person.fate == 7 && step == person.readings + 1) {
			return event(QUARANTINE, "ContactTraced", person.id,
					"{\"personId\":\"%s\",\"sourcePersonId\":\"%s\",\"lastContactOn\":\"%s\"}".formatted(person.id,
							uuid(), today.minusDays(3)));
		}
		person.done = true;
		return event(QUARANTINE, "PersonReleased", person.id,
				"{\"personId\":\"%s\",\"releasedOn\":\"%s\"}".formatted(person.id, today));
	}

	private HistoryEvent supply(Instant time) {
		int item = this.random.nextInt(this.itemsDefined.length);
		String sku = "BENCH-" + this.run + "-" + item;
		if (!this.itemsDefined[item]) {
			this.itemsDefined[item] = true;
			return event(SUPPLY, "ItemDefined", sku,
					"{\"sku\":\"%s\",\"name\":\"物资 %d\",\"unit\":\"件\",\"lowStockThreshold\":%d}".formatted(sku, item,
							1000 * (1 + this.random.nextInt(20))));
		}
		LocalDate today = LocalDate.ofInstant(time, ZoneOffset.ofHours(8));
		int kind = this.random.nextInt(100);
		if (kind < 20) {
			return event(SUPPLY, "SupplyOrdered", sku, """
					{"orderId":"%s","sku":"%s","quantity":%d,"supplier":"巴彦淖尔市医药公司","expectedOn":"%s",\
					"orderedOn":"%s"}""".formatted(uuid(), sku, 1000 + this.random.nextInt(100_000), today.plusDays(5),
					today));
		}
		if (kind < 50) {
			return event(SUPPLY, "SupplyReceived", sku, """
					{"receiptId":"%s","sku":"%s","quantity":%d,"warehouse":"市防疫物资储备库","source":"PURCHASE",\
					"orderId":null,"receivedOn":"%s"}""".formatted(uuid(), sku, 1000 + this.random.nextInt(50_000),
					today));
		}
		if (kind < 80) {
			return event(SUPPLY, "SupplyIssued", sku, """
					{"issueId":"%s","sku":"%s","quantity":%d,"warehouse":"市防疫物资储备库","recipient":"某社区",\
					"priority":"%s","issuedOn":"%s"}""".formatted(uuid(), sku, 1 + this.random.nextInt(1000),
					pick(PRIORITIES), today));
		}
		if (kind < 85) {
			return event(SUPPLY, "StockLow", sku,
					"{\"sku\":\"%s\",\"warehouse\":\"市防疫物资储备库\",\"onHand\":%d,\"threshold\":%d}".formatted(sku,
							this.random.nextInt(1000), 1000));
		}
		if (kind < 95) {
			String donation = uuid();
			return event(SUPPLY, "DonationReceived", donation,
					"""
							{"donationId":"%s","donor":"爱心企业","kind":"%s","amountYuan":"%d.%02d","receivedOn":"%s"}"""
						.formatted(donation, pick(DONATION_KINDS), 1 + this.random.nextInt(100_000),
								this.random.nextInt(100), today));
		}
		String commodity = pick(COMMODITIES);
		return event(SUPPLY, "PriceObserved", commodity, """
				{"market":"四季青蔬菜批发市场","commodity":"%s","unit":"kg","priceYuan":"%d.%d","observedOn":"%s"}"""
			.formatted(commodity, 1 + this.random.nextInt(30), this.random.nextInt(10), today));
	}

	private HistoryEvent inspection(Instant time) {
		int slot = this.random.nextInt(this.issues.length);
		Issue issue = this.issues[slot];
		LocalDate today = LocalDate.ofInstant(time, ZoneOffset.ofHours(8));
		if (issue == null || issue.done) {
			issue = new Issue(uuid(), today.plusDays(2));
			this.issues[slot] = issue;
			return event(INSPECTION, "IssueFound", issue.id, """
					{"issueId":"%s","team":"市疫情防控督查组","region":"%s","site":"某超市","responsibleUnit":"某超市经营者",\
					"category":"未按要求测温登记","description":"入口未设体温检测点","foundOn":"%s","deadline":"%s"}"""
				.formatted(issue.id, pick(REGIONS), today, issue.deadline));
		}
		int kind = this.random.nextInt(100);
		if (kind < 20) {
			String action = uuid();
			return event(INSPECTION, "AccountabilityImposed", action,
					"{\"actionId\":\"%s\",\"issueId\":\"%s\",\"subject\":\"某镇党委副书记\",\"kind\":\"%s\",\"on\":\"%s\"}"
						.formatted(action, issue.id, pick(ACCOUNTABILITY_KINDS), today));
		}
		if (kind < 40 && !issue.overdue) {
			issue.overdue = true;
			return event(INSPECTION, "IssueOverdue", issue.id,
					"{\"issueId\":\"%s\",\"deadline\":\"%s\",\"detectedOn\":\"%s\"}".formatted(issue.id, issue.deadline,
							issue.deadline.plusDays(1)));
		}
		issue.done = true;
		return event(INSPECTION, "IssueRectified", issue.id,
				"{\"issueId\":\"%s\",\"rectifiedOn\":\"%s\",\"note\":\"已整改\"}".formatted(issue.id, today));
	}

	private static HistoryEvent event(String topic, String name, String key, String data) {
		String context = topic.substring(0, topic.indexOf('.'));
		return new HistoryEvent(topic, "cordon." + context + "." + name + ".v1", key, data);
	}

	private String uuid() {
		return new UUID(this.random.nextLong(), this.random.nextLong()).toString();
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * Every type the history holds, for a reader that wants to check it covers them all.
	 * @return the type names
	 */
	static List<String> types() {
		List<String> types = new ArrayList<>();
		for (String name : List.of("CheckpointRegistered", "CountsReported", "VehicleTurnedBack", "FeverDetected")) {
			types.add("cordon.checkpoint." + name + ".v1");
		}
		for (String name : List.of("PersonRegistered", "PersonIsolated", "TemperatureRecorded", "PersonReleased",
				"CaseSuspected", "CaseConfirmed", "PersonTransferred", "ContactTraced")) {
			types.add("cordon.quarantine." + name + ".v1");
		}
		for (String name : List.of("ItemDefined", "SupplyOrdered", "SupplyReceived", "SupplyIssued", "StockLow",
				"DonationReceived", "PriceObserved")) {
			types.add("cordon.supply." + name + ".v1");
		}
		for (String name : List.of("IssueFound", "IssueRectified", "IssueOverdue", "AccountabilityImposed")) {
			types.add("cordon.inspection." + name + ".v1");
		}
		return types;
	}

	private static final class Gate {

		final String id;

		long reports;

		Gate(String id) {
			this.id = id;
		}

	}

	private static final class Person {

		final String id;

		final int readings;

		/** 0-6 released after the readings, 7 a contact traced first, 8-9 a case. */
		final int fate;

		int step;

		boolean done;

		Person(String id, int readings, int fate) {
			this.id = id;
			this.readings = readings;
			this.fate = fate;
		}

	}

	private static final class Issue {

		final String id;

		final LocalDate deadline;

		boolean overdue;

		boolean done;

		Issue(String id, LocalDate deadline) {
			this.id = id;
			this.deadline = deadline;
		}

	}

}
