package org.cordon.devstack.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection kept open, one request at a time, as a checkpoint's terminal
 * would hold it. The benchmark shares the machine it measures: the JDK's HTTP client
 * spent 0.4 ms of CPU per report here (a sixth of the machine at 700 reports/s), a
 * blocking socket a few microseconds, so the client takes as little as it can of what the
 * platform is measured on.
 */
final class KeepAliveConnection implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	KeepAliveConnection(String baseUrl) {
		URI uri = URI.create(baseUrl);
		if (!"http".equals(uri.getScheme())) {
			throw new IllegalArgumentException("The benchmark speaks plain HTTP only: " + baseUrl);
		}
		this.host = uri.getHost();
		this.port = (uri.getPort() != -1) ? uri.getPort() : 80;
	}

	/**
	 * Posts JSON and reads the whole answer; opens the connection again if the server
	 * closed it.
	 * @param path the path
	 * @param key the API key
	 * @param json the body
	 * @return the answer
	 */
	Answer post(String path, String key, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nAuthorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		try {
			if (this.socket == null) {
				open();
			}
			this.out.write(head);
			this.out.write(body);
			this.out.flush();
			Answer answer = readAnswer();
			if (answer.closes()) {
				close();
			}
			return answer;
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException(ex);
		}
	}

	private void open() throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.connect(new InetSocketAddress(this.host, this.port), 5_000);
		this.socket.setSoTimeout(30_000);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		this.out = this.socket.getOutputStream();
	}

	private Answer readAnswer() throws IOException {
		String status = line();
		if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
			throw new IOException("Not an HTTP/1.1 answer: " + status);
		}
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closes = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, Math.max(colon, 0)).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Long.parseLong(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				closes = value.equalsIgnoreCase("close");
			}
		}
		String body;
		if (chunked) {
			body = chunkedBody();
		}
		else if (length >= 0) {
			body = new String(this.in.readNBytes((int) length), StandardCharsets.UTF_8);
		}
		else {
			body = new String(this.in.readAllBytes(), StandardCharsets.UTF_8);
			closes = true;
		}
		return new Answer(code, body, closes);
	}

	private String chunkedBody() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			int extension = size.indexOf(';');
			int length = Integer.parseInt((extension >= 0) ? size.substring(0, extension) : size, 16);
			if (length == 0) {
				while (!line().isEmpty()) {
					// trailers
				}
				return body.toString(StandardCharsets.UTF_8);
			}
			body.write(this.in.readNBytes(length));
			line();
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		int c;
		while ((c = this.in.read()) != '\n') {
			if (c == -1) {
				throw new IOException("The server closed the connection");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

	/**
	 * @param status the status code
	 * @param body the body as text
	 * @param closes whether the server closes the connection after it
	 */
	record Answer(int status, String body, boolean closes) {
	}

}
