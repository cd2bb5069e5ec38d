package org.cordon.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on the loopback address between a browser and the gateway, which a test can
 * cut and mend: {@link #sever()} breaks every open connection (the live stream included)
 * and refuses new ones until {@link #restore()}, as a failing network between a dashboard
 * and the command centre would. It also keeps the head of every request it relays, so a
 * test can see what the browser sent (e.g. {@code Last-Event-ID}).
 */
final class SeveringProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final List<String> requestHeads = new CopyOnWriteArrayList<>();

	private volatile boolean severed;

	private volatile boolean closed;

	private SeveringProxy(ServerSocket server, InetSocketAddress target) {
		this.server = server;
		this.target = target;
	}

	/**
	 * Starts relaying to a port on this machine.
	 * @param targetPort the gateway's port
	 * @return the running relay
	 */
	static SeveringProxy to(int targetPort) {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			SeveringProxy proxy = new SeveringProxy(server,
					new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
			Thread acceptor = new Thread(proxy::accept, "severing-proxy-accept");
			acceptor.setDaemon(true);
			acceptor.start();
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the base URL a browser opens instead of the gateway's
	 */
	String url() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	/**
	 * Breaks every open connection and refuses new ones.
	 */
	void sever() {
		this.severed = true;
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
	}

	/**
	 * Lets connections through again.
	 */
	void restore() {
		this.severed = false;
	}

	/**
	 * @return the head (request line and headers) of every request relayed so far
	 */
	List<String> requestHeads() {
		return List.copyOf(this.requestHeads);
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (this.severed) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket();
				upstream.connect(this.target, 2000);
				this.open.add(client);
				this.open.add(upstream);
				pump(client, upstream, true);
				pump(upstream, client, false);
			}
			catch (IOException ex) {
				if (this.closed) {
					return;
				}
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromBrowser) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (fromBrowser) {
						keepHead(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// the other side went away, or the test severed the connection
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "severing-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void keepHead(String chunk) {
		if (chunk.startsWith("GET ") || chunk.startsWith("POST ") || chunk.startsWith("HEAD ")) {
			int end = chunk.indexOf("\r\n\r\n");
			this.requestHeads.add((end >= 0) ? chunk.substring(0, end) : chunk);
		}
	}

	private void closeQuietly(Socket socket) {
		this.open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() {
		this.closed = true;
		sever();
		try {
			this.server.close();
		}
		catch (SocketException ex) {
			// closed while accepting
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
