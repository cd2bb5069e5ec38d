package org.cordon.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.cordon.testsupport.PostgresServer;

/**
 * One database per service (ADR 0002), created when missing; their tables come from each
 * service's own migrations.
 */
final class Databases {

	private Databases() {
	}

	static void ensure(PostgresServer server, List<String> names) {
		String url = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, server.username(), server.password())) {
			for (String name : names) {
				if (!exists(connection, name)) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database \"" + name + "\"");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the services' databases", ex);
		}
	}

	private static boolean exists(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

}
