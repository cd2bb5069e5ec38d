package org.cordon.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmbeddedPostgres}: a real server, and data that outlives it.
 */
class EmbeddedPostgresIT {

	@TempDir
	Path directory;

	@Test
	void keepsDataAcrossRestarts() throws SQLException {
		Path data = this.directory.resolve("data");
		Database database;
		int port;
		EmbeddedPostgres first = EmbeddedPostgres.start(data, 0);
		try {
			assertThat(first.isRunning()).isTrue();
			assertThat(data.resolve("PG_VERSION")).exists();
			port = first.port();
			database = first.createDatabase("Embedded Postgres-IT");
			assertThat(database.name()).matches("embedded_postgres_it_[0-9a-f]{8}");
			assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/" + database.name());
			assertThat(database.r2dbcUrl()).isEqualTo("r2dbc:postgresql://127.0.0.1:" + port + "/" + database.name());
			try (Connection connection = connect(database.jdbcUrl(), database);
					Statement statement = connection.createStatement()) {
				assertThat(single(statement, "select 1")).isEqualTo("1");
				statement.execute("create table survivor (name text)");
				statement.execute("insert into survivor values ('still here')");
			}
		}
		finally {
			first.stop();
		}
		assertThat(first.isRunning()).isFalse();

		EmbeddedPostgres second = EmbeddedPostgres.start(data, port);
		try {
			try (Connection connection = connect(database.jdbcUrl(), database);
					Statement statement = connection.createStatement()) {
				assertThat(single(statement, "select name from survivor")).isEqualTo("still here");
			}
		}
		finally {
			second.stop();
		}
	}

	private static Connection connect(String url, Database database) throws SQLException {
		return DriverManager.getConnection(url, database.username(), database.password());
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
