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

import org.cordon.devstack.demo.Demo;
import org.cordon.devstack.demo.DemoRefused;
import org.cordon.devstack.demo.DemoTarget;

/**
 * {@code ./cordon up [--fresh] [--demo]}, {@code ./cordon status}, {@code ./cordon demo}
 * and the benchmarks.
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
			case "up" -> up(layout, ports, options.contains("--fresh"), options.contains("--demo"), System.out);
			case "status" -> Status.print(layout, ports, System.out);
			case "demo" -> demo(options, ports, System.out);
			case "bench" -> org.cordon.devstack.bench.Benchmark.main(options.toArray(String[]::new));
			case "bench-history" -> org.cordon.devstack.bench.HistoryBenchmark.main(options.toArray(String[]::new));
			default -> {
				System.out.println("usage: ./cordon up [--fresh]   start Cordon (Ctrl-C stops it)");
				System.out
					.println("       ./cordon up --demo      start Cordon, then replay 23 Jan - 4 Feb 2020 into it");
				System.out.println("       ./cordon status         show what runs");
				System.out.println("       ./cordon demo [--url http://localhost:8080] [--admin-key K]");
				System.out.println("                     [--operator-key K] [--checkpoint-key K]");
				System.out.println("                               replay 23 Jan - 4 Feb 2020 into a running Cordon");
				System.out.println("       ./cordon bench [--seconds 20] [--url http://localhost:8080]");
				System.out.println("                               measure ingest against a running Cordon");
				System.out.println("       ./cordon bench-history [--events 1000000] [--url http://localhost:8080]");
				System.out.println("                               load a history, then time reading it back");
				System.exit("help".equals(command) ? 0 : 2);
			}
		}
	}

	/**
	 * {@code ./cordon demo}: the February 2020 demo against a running Cordon, by default
	 * the embedded default's with its dev keys.
	 */
	private static void demo(List<String> options, Ports ports, PrintStream out) {
		String url = option(options, "--url", "http://localhost:" + ports.gateway());
		DemoTarget target = new DemoTarget(url, option(options, "--admin-key", "dev-admin-key"),
				option(options, "--operator-key", "dev-operator-key"),
				option(options, "--checkpoint-key", "dev-checkpoint-key"));
		try {
			Demo.run(target, out);
		}
		catch (DemoRefused ex) {
			out.println(ex.getMessage());
			System.exit(1);
		}
		out.println();
		out.println("See it on the dashboard: " + Demo.dashboardUrl(url) + " (log in as viewer/viewer)");
	}

	private static String option(List<String> options, String name, String fallback) {
		int at = options.indexOf(name);
		if (at < 0) {
			return fallback;
		}
		if (at + 1 >= options.size() || options.get(at + 1).startsWith("--")) {
			System.out.println(name + " needs a value");
			System.exit(2);
		}
		return options.get(at + 1);
	}

	private static void up(Layout layout, Ports ports, boolean fresh, boolean demo, PrintStream out)
			throws InterruptedException {
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
		if (demo) {
			replayDemo(stack, out);
		}
		stopped.await();
	}

	/**
	 * Replays the February 2020 demo into the stack just started; Cordon keeps running
	 * whatever the demo's outcome, so what went wrong can be looked at.
	 */
	private static void replayDemo(Stack stack, PrintStream out) {
		out.println();
		try {
			Demo.run(DemoTarget.withDevKeys(stack.gatewayUrl()), out);
			out.println();
			out.println("The demo is in. Dashboard: " + Demo.dashboardUrl(stack.gatewayUrl())
					+ " (log in as viewer/viewer);");
			out.println(
					"the bulletin of 4 February 2020: " + stack.gatewayUrl() + "/api/views/bulletin?date=2020-02-04");
		}
		catch (DemoRefused ex) {
			out.println(ex.getMessage());
			out.println("Cordon keeps running; the logs are in " + stack.layout().logs());
		}
		out.println("Ctrl-C stops everything.");
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
