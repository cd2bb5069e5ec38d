package org.cordon.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that keeps its connection open and sends its next request the moment it has an
 * answer must always get the next answer. Reactor Netty 1.3.6 can stop reading such a
 * connection when one answer was completed off the event loop (after a database lookup)
 * and the next one at once; platform's {@code KeepAliveReadWorkaround} sets the
 * documented remedy. A plain socket is the client, so that nothing but the gateway
 * decides the timing.
 */
@GatewayTest
class KeepAliveIT {

	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

	@LocalServerPort
	int port;

	@Test
	void aKeepAliveClientIsAnsweredEveryTime() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (int i = 0; i < 500; i++) {
				// answered after a database lookup, on the database driver's thread
				assertThat(exchange(out, in, "GET /api/checkpoints HTTP/1.1\r\nHost: gateway\r\n"
						+ "Authorization: Bearer unknown-" + i + "\r\n\r\n"))
					.startsWith("HTTP/1.1 401");
				// answered at once, on the event loop
				assertThat(exchange(out, in, "GET /api/checkpoints HTTP/1.1\r\nHost: gateway\r\n\r\n"))
					.startsWith("HTTP/1.1 401");
				assertThat(exchange(out, in, "GET /actuator/health HTTP/1.1\r\nHost: gateway\r\n\r\n"))
					.startsWith("HTTP/1.1 200");
			}
		}
	}

	/**
	 * Sends a request and reads exactly its answer; a connection the gateway stopped
	 * reading ends in a timeout here.
	 */
	private static String exchange(OutputStream out, InputStream in, String request) throws IOException {
		out.write(request.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("the gateway closed the connection");
			}
			head.write(next);
		}
		String headers = head.toString(StandardCharsets.ISO_8859_1);
		Matcher length = CONTENT_LENGTH.matcher(headers);
		assertThat(length.find()).as("a length, so the connection can be kept").isTrue();
		in.readNBytes(Integer.parseInt(length.group(1)));
		return headers;
	}

}
