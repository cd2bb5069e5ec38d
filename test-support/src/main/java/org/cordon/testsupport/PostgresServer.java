package org.cordon.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A running PostgreSQL server that tests may create databases on.
 * <p>
 * Tests get a fresh database each rather than a shared one, so that schemas migrated by
 * one application context never leak into another and no test has to clean up after
 * itself; the server itself is shared because starting one is the expensive part.
 */
public interface PostgresServer {

	String host();

	int port();

	String username();

	String password();

	/**
	 * The database to connect to for administrative statements such as
	 * {@code CREATE DATABASE}.
	 * @return the maintenance database name, {@code postgres} unless the server was
	 * described otherwise
	 */
	default String maintenanceDatabase() {
		return "postgres";
	}

	/**
	 * Create a new, empty database whose name starts with the given prefix and ends with
	 * a short random suffix, so that concurrent callers never collide.
	 * @param namePrefix a readable prefix (typically the application name); characters
	 * that are not valid in an unquoted identifier are replaced
	 * @return the created database
	 */
	default Database createDatabase(String namePrefix) {
		String name = DatabaseNames.unique(namePrefix);
		Properties properties = new Properties();
		properties.setProperty("user", username());
		if (password() != null && !password().isEmpty()) {
			properties.setProperty("password", password());
		}
		String url = "jdbc:postgresql://" + host() + ":" + port() + "/" + maintenanceDatabase();
		try (Connection connection = DriverManager.getConnection(url, properties);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name + " on " + host() + ":" + port(), ex);
		}
		return new Database(name, host(), port(), username(), password());
	}

}
