package org.cordon.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server process started from the binaries that zonky ships on the
 * classpath, so that tests and the local dev launcher need neither Docker nor a
 * PostgreSQL installation.
 * <p>
 * The data directory is the caller's: when it is empty the cluster is created
 * ({@code initdb}), otherwise the existing cluster is started as it is, which is what
 * lets a dev launcher keep its data across restarts. The server listens on
 * {@code 127.0.0.1} only and trusts every connection from there, with {@code postgres} as
 * superuser.
 * <p>
 * PostgreSQL refuses to run as root. When the JVM runs as root (as in many CI containers)
 * the binaries run through {@code unshare -U}, a user namespace in which the process is
 * not root.
 * <p>
 * The server output goes to {@code <data directory>.log} next to the data directory. A
 * shutdown hook stops the server when the JVM exits.
 */
public final class EmbeddedPostgres implements PostgresServer, AutoCloseable {

	private static final System.Logger logger = System.getLogger(EmbeddedPostgres.class.getName());

	private static final String HOST = "127.0.0.1";

	private static final String SUPERUSER = "postgres";

	private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

	private final Path dataDirectory;

	private final Path logFile;

	private final int port;

	private final Process process;

	private final Thread shutdownHook;

	private EmbeddedPostgres(Path dataDirectory, Path logFile, int port, Process process) {
		this.dataDirectory = dataDirectory;
		this.logFile = logFile;
		this.port = port;
		this.process = process;
		this.shutdownHook = new Thread(this::stop, "embedded-postgres-shutdown-" + port);
	}

	/**
	 * Start a durable server: every commit reaches the disk, as a dev launcher that keeps
	 * data across restarts (and machine crashes) wants.
	 * @param dataDirectory the cluster directory, created and initialised when missing or
	 * empty
	 * @param port the port to listen on, {@code 0} for a free one
	 * @return the running server
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int port) {
		return start(dataDirectory, port, true);
	}

	/**
	 * Start a server.
	 * @param dataDirectory the cluster directory, created and initialised when missing or
	 * empty
	 * @param port the port to listen on, {@code 0} for a free one
	 * @param durable {@code false} to skip {@code fsync} and full page writes: much
	 * faster for tests, whose data need not survive an operating system crash (a clean
	 * stop still keeps everything)
	 * @return the running server
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) {
		Path data = dataDirectory.toAbsolutePath().normalize();
		Path installation = PostgresBinaries.installation();
		Path log = data.resolveSibling(data.getFileName() + ".log");
		int actualPort = (port != 0) ? port : freePort();
		try {
			Files.createDirectories(data.getParent());
			if (isEmpty(data)) {
				initdb(installation, data, log, durable);
			}
			List<String> command = command(installation, "postgres");
			command.addAll(List.of("-D", data.toString(), "-p", Integer.toString(actualPort)));
			addSetting(command, "listen_addresses", HOST);
			addSetting(command, "unix_socket_directories", "");
			addSetting(command, "max_connections", "300");
			// the outbox is a queue: every row is deleted moments after it was written.
			// With
			// the default minute between visits of a database, its dead rows piled up and
			// every relay read scanned them (3 ms instead of 0.2 ms under load, ADR 24)
			addSetting(command, "autovacuum_naptime", "5s");
			if (durable) {
				// the embedded default is every database of a one-machine Cordon; its
				// random-key indexes must stay in memory (ADR 24, ADR 26)
				addSetting(command, "shared_buffers", SharedBuffers.forThisMachine());
				addSetting(command, "max_wal_size", "4GB");
			}
			else {
				addSetting(command, "fsync", "off");
				addSetting(command, "full_page_writes", "off");
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			EmbeddedPostgres postgres = new EmbeddedPostgres(data, log, actualPort, process);
			Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
			postgres.awaitConnectable();
			logger.log(System.Logger.Level.INFO, "PostgreSQL started on {0}:{1,number,#} with data in {2}", HOST,
					actualPort, data);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL in " + data, ex);
		}
	}

	@Override
	public String host() {
		return HOST;
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public String username() {
		return SUPERUSER;
	}

	@Override
	public String password() {
		return "";
	}

	/**
	 * Return the cluster directory.
	 * @return the data directory
	 */
	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Return the file the server writes its log to, the first place to look when it does
	 * not behave.
	 * @return the log file
	 */
	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Return whether the server process is alive.
	 * @return {@code true} until {@link #stop()} completed or the server died
	 */
	public boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * Stop the server with a fast shutdown (SIGINT): open connections are closed instead
	 * of waited for, and the data is checkpointed so that a later start finds it intact.
	 * If the server does not stop in time it is killed. Does nothing when already
	 * stopped.
	 */
	public synchronized void stop() {
		if (this.process.isAlive()) {
			try {
				signalInterrupt();
				if (!this.process.waitFor(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					logger.log(System.Logger.Level.WARNING,
							"PostgreSQL on port {0,number,#} did not stop in {1}; killing it", this.port,
							SHUTDOWN_TIMEOUT);
					this.process.destroyForcibly().waitFor(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
		if (Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down; the hook runs or ran already
			}
		}
	}

	/**
	 * Same as {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "EmbeddedPostgres[" + HOST + ":" + this.port + ", " + this.dataDirectory + "]";
	}

	private void signalInterrupt() throws InterruptedException {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(this.process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(Redirect.DISCARD)
				.start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (IOException ex) {
			// no kill(1): fall back to SIGTERM below
		}
		// SIGTERM is a smart shutdown: it waits for clients, the timeout then applies
		this.process.destroy();
	}

	private void awaitConnectable() {
		String url = "jdbc:postgresql://" + HOST + ":" + this.port + "/postgres";
		Properties properties = new Properties();
		properties.setProperty("user", SUPERUSER);
		properties.setProperty("connectTimeout", "2");
		properties.setProperty("loginTimeout", "2");
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		SQLException last = null;
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("PostgreSQL exited with " + this.process.exitValue()
						+ " while starting; log " + this.logFile + ":\n" + tail(this.logFile));
			}
			try (Connection connection = DriverManager.getConnection(url, properties)) {
				if (connection.isValid(2)) {
					return;
				}
			}
			catch (SQLException ex) {
				last = ex;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop();
				throw new IllegalStateException("Interrupted while waiting for PostgreSQL", ex);
			}
		}
		stop();
		throw new IllegalStateException("PostgreSQL did not accept connections on port " + this.port + " within "
				+ STARTUP_TIMEOUT + "; log " + this.logFile + ":\n" + tail(this.logFile), last);
	}

	private static void initdb(Path installation, Path data, Path log, boolean durable) throws IOException {
		List<String> command = command(installation, "initdb");
		command.addAll(List.of("-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale"));
		if (!durable) {
			command.add("--no-sync");
		}
		Process initdb = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (!initdb.waitFor(INITDB_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				initdb.destroyForcibly();
				throw new IllegalStateException("initdb did not finish within " + INITDB_TIMEOUT + "; log " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			initdb.destroyForcibly();
			throw new IllegalStateException("Interrupted while running initdb", ex);
		}
		if (initdb.exitValue() != 0) {
			String hint = RootUser.isRoot()
					? " (as root, PostgreSQL runs through 'unshare -U', which needs user namespaces to be allowed)"
					: "";
			throw new IllegalStateException(
					"initdb failed with " + initdb.exitValue() + hint + "; log " + log + ":\n" + tail(log));
		}
	}

	private static List<String> command(Path installation, String executable) {
		List<String> command = new ArrayList<>();
		if (RootUser.isRoot()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(installation.resolve("bin").resolve(executable).toString());
		return command;
	}

	private static void addSetting(List<String> command, String name, String value) {
		command.add("-c");
		command.add(name + "=" + value);
	}

	private static boolean isEmpty(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return true;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find a free port", ex);
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

}
