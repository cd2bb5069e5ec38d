package org.cordon.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cordon.devstack.Layout;
import org.cordon.devstack.Ports;
import org.cordon.devstack.Stack;

/**
 * One whole Cordon per test JVM, started exactly as {@code ./cordon up} starts it (its
 * own PostgreSQL, its own Kafka process, every service from its built jar in its own
 * process), on free ports and with its state in a temporary folder.
 */
final class SystemStack {

	private static Stack stack;

	private SystemStack() {
	}

	static synchronized Stack get() {
		if (stack == null) {
			try {
				Path project = Path.of("").toAbsolutePath().getParent();
				Path state = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cordon-");
				Ports ports = new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
						freePort(), freePort(), freePort());
				stack = Stack.start(new Layout(state, project), ports, System.out);
				Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-stack-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stack;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
