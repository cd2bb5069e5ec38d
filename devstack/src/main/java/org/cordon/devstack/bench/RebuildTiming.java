package org.cordon.devstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds every view from the log through the gateway, as an admin would, and times it:
 * from the request to the state DONE, polling the progress resource ten times a second (a
 * rebuild of a million events takes about ten seconds).
 */
final class RebuildTiming {

	private static final Pattern REBUILD_ID = Pattern.compile("\"rebuildId\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");

	private static final Pattern APPLIED = Pattern.compile("\"eventsApplied\"\\s*:\\s*(\\d+)");

	private RebuildTiming() {
	}

	/**
	 * @param http the client
	 * @param baseUrl the gateway
	 * @param adminKey an admin's key
	 * @param atMost how long to wait for it
	 * @return records applied and the time taken
	 */
	static Result run(HttpClient http, String baseUrl, String adminKey, Duration atMost)
			throws IOException, InterruptedException {
		long began = System.nanoTime();
		HttpResponse<String> started = http
			.send(request(baseUrl + "/api/admin/views/rebuild", adminKey).POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("The rebuild answered " + started.statusCode() + ": " + started.body());
		}
		String progress = baseUrl + "/api/admin/views/rebuild/" + find(REBUILD_ID, started.body());
		long deadline = began + atMost.toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> answer = http.send(request(progress, adminKey).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			String state = find(STATE, answer.body());
			if ("DONE".equals(state)) {
				return new Result(Long.parseLong(find(APPLIED, answer.body())),
						Duration.ofNanos(System.nanoTime() - began));
			}
			if ("FAILED".equals(state)) {
				throw new IllegalStateException("The rebuild failed: " + answer.body());
			}
			// a benchmark's poll, not a test: DONE is seen within a tenth of a second of
			// the swap
			Thread.sleep(100);
		}
		throw new IllegalStateException("The rebuild did not end within " + atMost);
	}

	private static HttpRequest.Builder request(String url, String key) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key);
	}

	private static String find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected answer: " + body);
		}
		return matcher.group(1);
	}

	/**
	 * What one rebuild took.
	 *
	 * @param applied records of the log applied
	 * @param elapsed from the request to DONE
	 */
	record Result(long applied, Duration elapsed) {

		double perSecond() {
			return this.applied / (this.elapsed.toNanos() / 1e9);
		}

	}

}
