package org.cordon.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A component of the stack running as its own operating-system process, so it can be
 * killed and restarted alone; its output goes to its log file and its pid to the run
 * folder for {@code ./cordon status}.
 */
final class ChildProcess {

	private final String name;

	private final Process process;

	private final Path pidFile;

	private ChildProcess(String name, Process process, Path pidFile) {
		this.name = name;
		this.process = process;
		this.pidFile = pidFile;
	}

	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
			Layout layout) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(name).toFile()));
			builder.environment().putAll(environment);
			Process process = builder.start();
			Files.writeString(layout.pidFile(name), Long.toString(process.pid()));
			return new ChildProcess(name, process, layout.pidFile(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	/**
	 * Runs a command to completion, e.g. formatting Kafka's storage.
	 * @param name for the log file
	 * @param command the command
	 * @param layout where logs go
	 * @param timeout how long it may take
	 */
	static void runToCompletion(String name, List<String> command, Layout layout, Duration timeout) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(name).toFile()))
				.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(name + " did not finish within " + timeout);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(name + " failed; see " + layout.log(name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String name() {
		return this.name;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Asks the process to stop (SIGTERM: Spring and Kafka shut down gracefully), and
	 * kills it if it has not stopped in time.
	 * @param grace how long to wait
	 */
	void stop(Duration grace) {
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// a stale pid file only misleads status; the process is gone
		}
	}

	static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
