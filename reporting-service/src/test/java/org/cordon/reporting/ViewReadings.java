package org.cordon.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One view read live at several instants while events arrive, to be asked again
 * {@code asOf} each of those instants: what the view answers as of an instant must be
 * exactly what it answered then.
 */
public final class ViewReadings {

	private final ReportingApi api;

	private final String pathAndQuery;

	private final List<Instant> instants = new ArrayList<>();

	private final List<JsonNode> readings = new ArrayList<>();

	/**
	 * @param api the running service
	 * @param pathAndQuery the view with its filters, without {@code asOf}
	 */
	public ViewReadings(ReportingApi api, String pathAndQuery) {
		this.api = api;
		this.pathAndQuery = pathAndQuery;
	}

	/**
	 * Reads the live view now and keeps the answer with the instant.
	 */
	public void read() {
		this.instants.add(Instant.now());
		this.readings.add(this.api.view(this.pathAndQuery));
	}

	/**
	 * @param index which reading, in the order they were made
	 * @return what the live view answered then
	 */
	public JsonNode get(int index) {
		return this.readings.get(index);
	}

	/**
	 * Waits until the live view shows what the events sent so far make of it.
	 * @param condition what it must show
	 */
	public void awaitLive(Predicate<JsonNode> condition) {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.api.view(this.pathAndQuery), condition::test);
	}

	/**
	 * @param instant the instant
	 * @return the view as of it
	 */
	public JsonNode asOf(Instant instant) {
		return this.api.view(this.pathAndQuery + (this.pathAndQuery.contains("?") ? "&" : "?") + "asOf=" + instant);
	}

	/**
	 * Asks the view as of each reading's instant and expects exactly what was read then.
	 */
	public void assertEachReadingIsTheViewAsOfItsInstant() {
		for (int i = 0; i < this.instants.size(); i++) {
			assertThat(asOf(this.instants.get(i))).as("as of " + this.instants.get(i)).isEqualTo(this.readings.get(i));
		}
	}

}
