package org.cordon.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Times each view as of an instant through the gateway, as a viewer would: the slowest of
 * three readings of each, so a cold first reading shows.
 */
final class AsOfTiming {

	static final List<String> VIEWS = List.of("/api/views/checkpoints/summary?from=%s&to=%s",
			"/api/views/quarantine/summary", "/api/views/supplies/stock", "/api/views/supplies/donations",
			"/api/views/supplies/prices", "/api/views/inspections/ledger");

	private AsOfTiming() {
	}

	/**
	 * Prints, for each view, how long it took to answer as of {@code asOf}.
	 * @param http the client
	 * @param baseUrl the gateway
	 * @param viewerKey a viewer's key
	 * @param asOf the instant
	 * @param days the days the checkpoint summary covers, ending on the day of the
	 * instant
	 */
	static void print(HttpClient http, String baseUrl, String viewerKey, Instant asOf, Duration days)
			throws IOException, InterruptedException {
		String to = asOf.toString().substring(0, 10);
		String from = asOf.minus(days).toString().substring(0, 10);
		for (String view : VIEWS) {
			String path = view.contains("%s") ? view.formatted(from, to) : view;
			String url = baseUrl + path + (path.contains("?") ? "&" : "?") + "asOf=" + asOf;
			long slowest = 0;
			int status = 0;
			for (int reading = 0; reading < 3; reading++) {
				long began = System.nanoTime();
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
					.header("Authorization", "Bearer " + viewerKey)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
				slowest = Math.max(slowest, System.nanoTime() - began);
				status = answer.statusCode();
			}
			System.out.printf("  as of %s: %-40s %3d in %6.1f ms (slowest of 3)%n", asOf, path.split("\\?")[0], status,
					slowest / 1e6);
		}
	}

}
