package org.cordon.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./cordon status}: which components run, by their pid files, and whether the
 * services answer healthy.
 */
final class Status {

	private Status() {
	}

	static void print(Layout layout, Ports ports, PrintStream out) {
		out.printf("%-20s %-10s %-8s %s%n", "component", "pid", "state", "health");
		row(out, "postgres", postgresPid(layout), "-");
		row(out, "kafka", pid(layout.pidFile("kafka")), "-");
		List<Integer> servicePorts = ports.services();
		List<String> names = Services.names();
		for (int i = 0; i < names.size(); i++) {
			Optional<Long> pid = pid(layout.pidFile(names.get(i)));
			String health = alive(pid) ? (Health.isUp(servicePorts.get(i)) ? "UP :" : "DOWN :") + servicePorts.get(i)
					: "-";
			row(out, names.get(i), pid, health);
		}
	}

	static boolean anyRunning(Layout layout) {
		return Services.names().stream().map(layout::pidFile).map(Status::pid).anyMatch(Status::alive)
				|| alive(pid(layout.pidFile("kafka"))) || alive(postgresPid(layout));
	}

	private static void row(PrintStream out, String name, Optional<Long> pid, String health) {
		out.printf("%-20s %-10s %-8s %s%n", name, pid.map(String::valueOf).orElse("-"),
				alive(pid) ? "running" : "stopped", health);
	}

	private static boolean alive(Optional<Long> pid) {
		return pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
	}

	private static Optional<Long> postgresPid(Layout layout) {
		return pid(layout.postgresData().resolve("postmaster.pid"));
	}

	private static Optional<Long> pid(Path file) {
		try {
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			return Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
