package org.cordon.devstack.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Waits until the views have applied everything posted so far, so that a phase is not
 * measured behind the backlog of the one before: a batch warm-up files hundreds of
 * thousands of reports in seconds, which the live views take tens of seconds to apply,
 * and every change posted meanwhile waits behind them. Each checkpoint that posted files
 * one marker report on a day of its own, behind everything it posted (its events share a
 * partition), and the views are caught up when every marker is in the summary.
 */
final class CaughtUp {

	private static final LocalDate MARKER_DAY = LocalDate.of(1999, 12, 31);

	/** The marker's vehicles inspected, as {@link Reports#json} writes them. */
	private static final Pattern MARKER_COUNTED = Pattern.compile("\"vehiclesInspected\"\\s*:\\s*1048\\b");

	private CaughtUp() {
	}

	/**
	 * @param cordon the platform
	 * @param viewerKey a key that reads the views
	 * @param gates the checkpoints that posted
	 * @param timeout how long to wait at most
	 * @return how long it took
	 */
	static Duration await(CordonClient cordon, String viewerKey, List<Gate> gates, Duration timeout)
			throws InterruptedException {
		long started = System.nanoTime();
		try (KeepAliveConnection connection = cordon.connection()) {
			for (Gate gate : gates) {
				int status = connection
					.post("/api/checkpoints/" + gate.checkpointId() + "/counts", gate.key(), Reports.onDay(MARKER_DAY))
					.status();
				if (status != 202) {
					throw new IllegalStateException("A marker report was answered " + status);
				}
			}
		}
		long deadline = started + timeout.toNanos();
		for (Gate gate : gates) {
			while (!counted(cordon, viewerKey, gate)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The views did not catch up within " + timeout);
				}
				Thread.sleep(100);
			}
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static boolean counted(CordonClient cordon, String viewerKey, Gate gate) throws InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(cordon.baseUrl() + "/api/views/checkpoints/summary?from=" + MARKER_DAY + "&to="
					+ MARKER_DAY + "&checkpointId=" + gate.checkpointId()))
			.header("Authorization", "Bearer " + viewerKey)
			.build();
		try {
			HttpResponse<String> response = cordon.http().send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && MARKER_COUNTED.matcher(response.body()).find();
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
