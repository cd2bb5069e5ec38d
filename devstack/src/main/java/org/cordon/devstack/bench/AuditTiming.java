package org.cordon.devstack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads the whole history through the gateway's audit stream, as an auditor's client
 * would, and times it: from sending the request to the last byte. Lines are counted as
 * they arrive and then dropped, so the client holds no more than the server does.
 */
final class AuditTiming {

	private AuditTiming() {
	}

	/**
	 * @param http the client
	 * @param baseUrl the gateway
	 * @param auditorKey an auditor's key
	 * @return events streamed and the time taken
	 */
	static Result wholeHistory(HttpClient http, String baseUrl, String auditorKey)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/audit/events"))
			.header("Authorization", "Bearer " + auditorKey)
			.header("Accept", "application/x-ndjson")
			.GET()
			.build();
		long began = System.nanoTime();
		HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			try (InputStream body = response.body()) {
				throw new IllegalStateException("The audit stream answered " + response.statusCode() + ": "
						+ new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		long lines = 0;
		long bytes = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = response.body()) {
			int read;
			while ((read = body.read(buffer)) >= 0) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return new Result(lines, bytes, Duration.ofNanos(System.nanoTime() - began));
	}

	/**
	 * What one reading of the stream took.
	 *
	 * @param events lines read, one event each
	 * @param bytes bytes read
	 * @param elapsed from the request to the last byte
	 */
	record Result(long events, long bytes, Duration elapsed) {

		double perSecond() {
			return this.events / (this.elapsed.toNanos() / 1e9);
		}

	}

}
