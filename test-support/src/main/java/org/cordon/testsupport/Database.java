package org.cordon.testsupport;

/**
 * One database on a {@link PostgresServer}, with the URLs that the reactive application
 * (R2DBC) and its schema migrations (Flyway over JDBC) need.
 *
 * @param name the database name
 * @param host the server host
 * @param port the server port
 * @param username the user that owns the database
 * @param password the user's password, empty when the server trusts local connections
 */
public record Database(String name, String host, int port, String username, String password) {

	/**
	 * Return the R2DBC URL, without credentials.
	 * @return {@code r2dbc:postgresql://host:port/name}
	 */
	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

	/**
	 * Return the JDBC URL, without credentials.
	 * @return {@code jdbc:postgresql://host:port/name}
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

}
