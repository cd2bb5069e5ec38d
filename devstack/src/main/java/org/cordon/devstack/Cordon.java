package org.cordon.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./cordon up [--fresh]}, {@code ./cordon status} and the benchmarks.
 */
public final class Cordon {

	private Cordon() {
	}

	public static void main(String[] args) throws Exception {
		Path project = Path.of("").toAbsolutePath();
		Path state = Path.of(System.getenv().getOrDefault("CORDON_HOME", project.resolve(".cordon").toString()));
		Layout layout = new Layout(state, project);
		Ports ports = Ports.fromEnvironment(System.getenv());
		String command = (args.length > 0) ? args[0] : "help";
		List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		switch (command) {
			case "up" -> up(layout, ports, options.contains("--fresh"), System.out);
			case "status" -> Status.print(layout, ports, System.out);
			case "bench" -> org.cordon.devstack.bench.Benchmark.main(options.toArray(String[]::new));
			case "bench-history" -> org.cordon.devstack.bench.HistoryBenchmark.main(options.toArray(String[]::new));
			default -> {
				System.out.println("usage: ./cordon up [--fresh]   start Cordon (Ctrl-C stops it)");
				System.out.println("       ./cordon status         show what runs");
				System.out.println("       ./cordon bench [--seconds 20] [--url http://localhost:8080]");
				System.out.println("                               measure ingest against a running Cordon");
				System.out.println("       ./cordon bench-history [--events 1000000] [--url http://localhost:8080]");
				System.out.println("                               load a history, then time reading it back");
				System.exit("help".equals(command) ? 0 : 2);
			}
		}
	}

	private static void up(Layout layout, Ports ports, boolean fresh, PrintStream out) throws InterruptedException {
		if (Status.anyRunning(layout)) {
			out.println("Cordon already runs here (see ./cordon status); stop it with Ctrl-C first.");
			System.exit(1);
		}
		if (fresh) {
			out.println("Starting fresh: removing " + layout.root());
			deleteRecursively(layout.root());
		}
		long started = System.nanoTime();
		Stack stack;
		try {
			stack = Stack.start(layout, ports, out);
		}
		catch (RuntimeException ex) {
			out.println("Cordon did not start: " + ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			out.println("Stopping Cordon ...");
			stack.close();
			out.println("Stopped.");
			stopped.countDown();
		}, "cordon-stop"));
		Banner.print(stack, (System.nanoTime() - started) / 1_000_000_000, out);
		stopped.await();
	}

	private static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
