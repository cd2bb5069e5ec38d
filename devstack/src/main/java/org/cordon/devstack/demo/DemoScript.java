package org.cordon.devstack.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.cordon.devstack.demo.Call.Caller;
import org.cordon.devstack.demo.February2020.Action;
import org.cordon.devstack.demo.February2020.Checkpoint;
import org.cordon.devstack.demo.February2020.CountReport;
import org.cordon.devstack.demo.February2020.Donation;
import org.cordon.devstack.demo.February2020.InspectionIssue;
import org.cordon.devstack.demo.February2020.Issue;
import org.cordon.devstack.demo.February2020.Item;
import org.cordon.devstack.demo.February2020.Order;
import org.cordon.devstack.demo.February2020.Price;
import org.cordon.devstack.demo.February2020.Receipt;
import org.cordon.devstack.demo.February2020.Returnee;

/**
 * {@link February2020} as the requests that replay it, day by day: on each day first the
 * checkpoints' reports, then the quarantine files, the warehouse (receipts before issues,
 * so stock is there to issue), the donations and prices, and the inspectors' findings.
 * Set-up that belongs to no day (the posts, the catalogue) comes first.
 */
public final class DemoScript {

	/** RFC 3339 with seconds, which {@code OffsetDateTime.toString} leaves out at :00. */
	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private DemoScript() {
	}

	/**
	 * @return every request of the demo, in the order they are sent
	 */
	public static List<Call> calls() {
		List<Call> calls = new ArrayList<>();
		// the set-up goes first, so it is dated with the first day anything happens
		LocalDate first = February2020.prices()
			.stream()
			.map(Price::observedOn)
			.min(Comparator.naturalOrder())
			.orElse(February2020.FIRST_DAY);
		for (Checkpoint checkpoint : February2020.CHECKPOINTS) {
			calls.add(new Call(first, "checkpoints", Caller.ADMIN, "/api/checkpoints",
					new Body().put("checkpointId", checkpoint.checkpointId())
						.put("name", checkpoint.name())
						.put("region", February2020.LINHE)
						.put("kind", checkpoint.kind())
						.toString()));
		}
		for (Item item : February2020.items()) {
			calls.add(new Call(first, "items", Caller.OPERATOR, "/api/supplies/items",
					new Body().put("sku", item.sku())
						.put("name", item.name())
						.put("unit", item.unit())
						.put("lowStockThreshold", item.lowStockThreshold())
						.toString()));
		}
		Map<LocalDate, List<Ordered>> byDay = new TreeMap<>();
		for (Price price : February2020.prices()) {
			add(byDay, price.observedOn(), 60, "prices", "/api/supplies/prices",
					new Body().put("market", price.market())
						.put("commodity", price.commodity())
						.put("unit", price.unit())
						.money("priceYuan", price.priceYuan())
						.put("observedOn", price.observedOn()));
		}
		for (CountReport report : February2020.countReports()) {
			byDay.computeIfAbsent(report.day(), (d) -> new ArrayList<>()).add(countReport(report));
		}
		for (Returnee returnee : February2020.returnees()) {
			returnee(byDay, returnee);
		}
		for (Order order : February2020.orders()) {
			add(byDay, order.orderedOn(), 30, "orders", "/api/supplies/orders",
					new Body().put("orderId", order.orderId())
						.put("sku", order.item().sku())
						.put("quantity", order.quantity())
						.put("supplier", order.supplier())
						.put("expectedOn", order.expectedOn())
						.put("orderedOn", order.orderedOn()));
		}
		for (Receipt receipt : February2020.receipts()) {
			add(byDay, receipt.receivedOn(), 40, "receipts", "/api/supplies/receipts",
					new Body().put("receiptId", receipt.receiptId())
						.put("sku", receipt.item().sku())
						.put("quantity", receipt.quantity())
						.put("warehouse", February2020.WAREHOUSE)
						.put("source", receipt.source())
						.put("orderId", (receipt.order() != null) ? receipt.order().orderId() : null)
						.put("receivedOn", receipt.receivedOn()));
		}
		for (Issue issue : February2020.issues()) {
			add(byDay, issue.issuedOn(), 45, "issues", "/api/supplies/issues",
					new Body().put("issueId", issue.issueId())
						.put("sku", issue.item().sku())
						.put("quantity", issue.quantity())
						.put("warehouse", February2020.WAREHOUSE)
						.put("recipient", issue.recipient())
						.put("priority", issue.priority())
						.put("issuedOn", issue.issuedOn()));
		}
		for (Donation donation : February2020.donations()) {
			add(byDay, donation.receivedOn(), 50, "donations", "/api/supplies/donations",
					new Body().put("donationId", donation.donationId())
						.put("donor", donation.donor())
						.put("kind", donation.kind())
						.money("amountYuan", donation.amountYuan())
						.put("receivedOn", donation.receivedOn()));
		}
		for (InspectionIssue issue : February2020.inspectionIssues()) {
			add(byDay, issue.foundOn(), 70, "inspection issues", "/api/inspections/issues",
					new Body().put("issueId", issue.issueId())
						.put("team", issue.team())
						.put("region", issue.region())
						.put("site", issue.site())
						.put("responsibleUnit", issue.responsibleUnit())
						.put("category", issue.category())
						.put("description", issue.description())
						.put("foundOn", issue.foundOn())
						.put("deadline", issue.deadline()));
			if (issue.rectifiedOn() != null) {
				add(byDay, issue.rectifiedOn(), 71, "rectifications",
						"/api/inspections/issues/" + issue.issueId() + "/rectification",
						new Body().put("rectifiedOn", issue.rectifiedOn()).put("note", issue.note()));
			}
		}
		for (Action action : February2020.accountability()) {
			add(byDay, action.on(), 72, "accountability", "/api/inspections/accountability",
					new Body().put("actionId", action.actionId())
						.put("issueId", action.issue().issueId())
						.put("subject", action.subject())
						.put("kind", action.kind())
						.put("on", action.on()));
		}
		byDay.values().forEach((day) -> day.sort(Comparator.comparingInt(Ordered::rank)));
		byDay.values().forEach((day) -> day.forEach((call) -> calls.add(call.call())));
		return calls;
	}

	private static Ordered countReport(CountReport report) {
		Counts counts = report.counts();
		LocalDate day = report.day();
		return new Ordered(10,
				new Call(day, "count reports", Caller.CHECKPOINT,
						"/api/checkpoints/" + report.checkpoint().checkpointId() + "/counts",
						new Body().put("reportId", report.reportId())
							.put("periodStart", INSTANT.format(day.atStartOfDay(February2020.ZONE)))
							.put("periodEnd", INSTANT.format(day.plusDays(1).atStartOfDay(February2020.ZONE)))
							.put("vehiclesInspected", counts.vehiclesInspected())
							.put("vehiclesInbound", counts.vehiclesInbound())
							.put("vehiclesTurnedBack", counts.vehiclesTurnedBack())
							.put("personsChecked", counts.personsChecked())
							.put("personsInbound", counts.personsInbound())
							.put("personsTurnedBack", counts.personsTurnedBack())
							.put("trains", counts.trains())
							.put("trainPassengersArrived", counts.trainPassengersArrived())
							.put("feverDetected", counts.feverDetected())
							.toString()));
	}

	private static void returnee(Map<LocalDate, List<Ordered>> byDay, Returnee returnee) {
		UUID id = returnee.personId();
		SyntheticPerson person = returnee.person();
		String persons = "/api/persons/" + id;
		add(byDay, returnee.registeredOn(), 20, "persons", "/api/persons",
				new Body().put("personId", id)
					.put("name", person.name())
					.put("idNumber", person.idNumber())
					.put("phone", person.phone())
					.put("region", February2020.WUYUAN)
					.put("address", person.address())
					.put("category", "RETURNEE_HUBEI")
					.put("exposureRegion", "湖北省武汉市")
					.put("lastExposureOn", returnee.lastExposureOn())
					.put("registeredOn", returnee.registeredOn()));
		add(byDay, returnee.registeredOn(), 21, "isolations", persons + "/isolation",
				new Body().put("mode", returnee.mode())
					.put("site", returnee.site())
					.put("startedOn", returnee.registeredOn())
					.put("monitors", monitors(returnee)));
		if (returnee.suspectedOn() != null) {
			add(byDay, returnee.suspectedOn(), 22, "suspicions", persons + "/suspect",
					new Body().put("on", returnee.suspectedOn()));
		}
		if (returnee.confirmedOn() != null) {
			add(byDay, returnee.confirmedOn(), 23, "confirmations", persons + "/confirm",
					new Body().put("on", returnee.confirmedOn()));
		}
		if (returnee.transferredOn() != null) {
			add(byDay, returnee.transferredOn(), 24, "transfers", persons + "/transfer",
					new Body().put("facility", February2020.DESIGNATED_HOSPITAL).put("on", returnee.transferredOn()));
		}
		if (returnee.releasedOn() != null) {
			add(byDay, returnee.releasedOn(), 25, "releases", persons + "/release",
					new Body().put("releasedOn", returnee.releasedOn()));
		}
	}

	/**
	 * "三方盯一": a village or community cadre, a health worker and a police officer watch
	 * each person; made up like the person.
	 */
	private static List<Body> monitors(Returnee returnee) {
		int n = returnee.number();
		return List.of(
				new Body().put("name", "村社干部" + n + "（示例）")
					.put("role", "村社")
					.put("phone", "0478-0001%03d".formatted(n)),
				new Body().put("name", "卫健人员" + n + "（示例）")
					.put("role", "卫健")
					.put("phone", "0478-0002%03d".formatted(n)),
				new Body().put("name", "公安民警" + n + "（示例）")
					.put("role", "公安")
					.put("phone", "0478-0003%03d".formatted(n)));
	}

	private static void add(Map<LocalDate, List<Ordered>> byDay, LocalDate day, int rank, String kind, String path,
			Body body) {
		byDay.computeIfAbsent(day, (d) -> new ArrayList<>())
			.add(new Ordered(rank, new Call(day, kind, Caller.OPERATOR, path, body.toString())));
	}

	/** A call and its place within its day; a stable sort keeps the order of equals. */
	private record Ordered(int rank, Call call) {

	}

}
