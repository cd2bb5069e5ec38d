package org.cordon.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL server this JVM did not start: one given by a JDBC URL, or a container.
 *
 * @param host the server host
 * @param port the server port
 * @param username a user allowed to create databases
 * @param password the user's password, possibly empty
 * @param maintenanceDatabase the database to connect to for {@code CREATE DATABASE}
 */
record ExternalPostgres(String host, int port, String username, String password,
		String maintenanceDatabase) implements PostgresServer {

	private static final String PREFIX = "jdbc:postgresql://";

	/**
	 * Describe the server behind a JDBC URL such as
	 * {@code jdbc:postgresql://host:5432/postgres?user=postgres&password=secret}.
	 * Credentials may also be given as {@code user:password@} before the host. Missing
	 * parts default to port 5432, database {@code postgres}, user {@code postgres} and an
	 * empty password.
	 * @param jdbcUrl the URL of the server's maintenance database
	 * @return the server
	 */
	static ExternalPostgres fromJdbcUrl(String jdbcUrl) {
		if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Expected a URL starting with " + PREFIX + " but got " + jdbcUrl);
		}
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("No host in " + jdbcUrl);
		}
		String user = "postgres";
		String password = "";
		if (uri.getRawUserInfo() != null) {
			String[] userInfo = uri.getRawUserInfo().split(":", 2);
			user = decode(userInfo[0]);
			password = (userInfo.length > 1) ? decode(userInfo[1]) : "";
		}
		if (uri.getRawQuery() != null) {
			for (String parameter : uri.getRawQuery().split("&")) {
				String[] pair = parameter.split("=", 2);
				String value = (pair.length > 1) ? decode(pair[1]) : "";
				if ("user".equals(pair[0])) {
					user = value;
				}
				else if ("password".equals(pair[0])) {
					password = value;
				}
			}
		}
		String path = (uri.getPath() != null) ? uri.getPath().replaceFirst("^/", "") : "";
		String database = path.isEmpty() ? "postgres" : path;
		int port = (uri.getPort() != -1) ? uri.getPort() : 5432;
		return new ExternalPostgres(uri.getHost(), port, user, password, database);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "PostgreSQL at " + this.host + ":" + this.port + " as " + this.username;
	}

}
