package org.cordon.devstack.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cordon.devstack.demo.Call.Caller;

/**
 * Replays {@link DemoScript} into a running Cordon through its gateway, one request after
 * the other, as the posts and operators would have sent them. Every id is name-based, so
 * a second run sends the same requests and Cordon answers each {@code DUPLICATE}. The
 * client is well-behaved: it keeps each key under the gateway's 50 requests a second, and
 * on 429 or 503 waits as {@code Retry-After} says and sends again. Any other refusal
 * stops the demo with the request and the answer ({@link DemoRefused}).
 */
public final class Demo {

	/** Below the gateway's 50 requests a second per key. */
	static final Duration PACE = Duration.ofMillis(1000 / 40);

	/** How often a request is sent again while Cordon answers 429 or 503. */
	static final int ATTEMPTS = 120;

	private static final Pattern DUPLICATE = Pattern.compile("\"(status|result)\"\\s*:\\s*\"DUPLICATE\"");

	// the platform's words for an id (or an ID number) used before with other content
	private static final Pattern REUSED_ID = Pattern.compile("already used with other content|exists already");

	private final DemoTarget target;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<Caller, Long> lastSent = new EnumMap<>(Caller.class);

	private Demo(DemoTarget target) {
		this.target = target;
	}

	/**
	 * Where the dashboard shows the demo's thirteen days (its "today" is the real one).
	 * @param gatewayUrl the gateway, e.g. http://localhost:8080
	 * @return the dashboard's address for 23 January - 4 February 2020
	 */
	public static String dashboardUrl(String gatewayUrl) {
		return gatewayUrl + "/?from=" + February2020.FIRST_DAY + "&to=" + February2020.LAST_DAY;
	}

	/**
	 * Replays the demo and prints what Cordon answered.
	 * @param target where and with which keys
	 * @param out where progress and the summary go
	 * @return what Cordon answered, per kind
	 * @throws DemoRefused when Cordon refuses a request
	 */
	public static Tally run(DemoTarget target, PrintStream out) {
		List<Call> calls = DemoScript.calls();
		out.println("Replaying 23 January – 4 February 2020 (Linhe 临河区, Wuyuan 五原县): " + calls.size() + " requests to "
				+ target.url());
		Demo demo = new Demo(target);
		Tally tally = new Tally();
		long started = System.nanoTime();
		String day = null;
		for (Call call : calls) {
			if (!call.day().toString().equals(day)) {
				day = call.day().toString();
				out.println("  " + day);
			}
			demo.send(call, tally);
		}
		out.printf("Done in %d s: %d accepted, %d already there.%n", (System.nanoTime() - started) / 1_000_000_000,
				tally.totalAccepted(), tally.totalDuplicates());
		tally.print(out);
		if (tally.totalConflicts() > 0) {
			out.println("WARNING: " + tally.totalConflicts() + " of the demo's ids were already used with other content"
					+ " on this Cordon (an older demo?): its figures will not be the bulletins'.");
		}
		return tally;
	}

	private void send(Call call, Tally tally) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			HttpResponse<String> answer = post(call);
			int status = answer.statusCode();
			if (status == 429 || status == 503) {
				sleep(retryAfter(answer));
				continue;
			}
			if (status == 200 || status == 201 || status == 202) {
				if (DUPLICATE.matcher(answer.body()).find()) {
					tally.duplicate(call.kind());
				}
				else {
					tally.accepted(call.kind());
				}
				return;
			}
			if (status == 409 && REUSED_ID.matcher(answer.body()).find()) {
				tally.conflict(call.kind());
				return;
			}
			throw new DemoRefused(call, status, answer.body());
		}
		throw new DemoRefused(call, 429, "still busy after " + ATTEMPTS + " attempts");
	}

	private HttpResponse<String> post(Call call) {
		pace(call.caller());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.target.url() + call.path()))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.target.key(call.caller()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(call.body()))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DemoRefused(call, "Cordon did not answer at " + this.target.url() + " (" + ex + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoRefused(call, "interrupted", ex);
		}
	}

	private void pace(Caller caller) {
		long now = System.nanoTime();
		long last = this.lastSent.getOrDefault(caller, now - PACE.toNanos());
		long wait = last + PACE.toNanos() - now;
		if (wait > 0) {
			sleep(Duration.ofNanos(wait));
		}
		this.lastSent.put(caller, System.nanoTime());
	}

	static Duration retryAfter(HttpResponse<String> answer) {
		String seconds = answer.headers().firstValue("Retry-After").orElse("1");
		try {
			return Duration.ofSeconds(Math.max(1, Math.min(60, Long.parseLong(seconds.strip()))));
		}
		catch (NumberFormatException ex) {
			// an HTTP date, which Cordon does not send: wait a second and ask again
			return Duration.ofSeconds(1);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to send", ex);
		}
	}

}
