package org.cordon.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ExternalPostgres} and {@link DatabaseNames}.
 */
class ExternalPostgresTest {

	@Test
	void readsServerAndCredentialsFromJdbcUrl() {
		ExternalPostgres server = ExternalPostgres
			.fromJdbcUrl("jdbc:postgresql://db.example:6543/admin?user=ops&password=s%26cret&ssl=false");
		assertThat(server).isEqualTo(new ExternalPostgres("db.example", 6543, "ops", "s&cret", "admin"));
	}

	@Test
	void defaultsWhatTheUrlLeavesOut() {
		assertThat(ExternalPostgres.fromJdbcUrl("jdbc:postgresql://localhost/"))
			.isEqualTo(new ExternalPostgres("localhost", 5432, "postgres", "", "postgres"));
	}

	@Test
	void rejectsOtherUrls() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalPostgres.fromJdbcUrl("jdbc:mysql://localhost/x"));
	}

	@Test
	void sanitisesDatabaseNamePrefixes() {
		assertThat(DatabaseNames.sanitise("Checkpoint-Service")).isEqualTo("checkpoint_service");
		assertThat(DatabaseNames.sanitise("--")).isEqualTo("db");
		assertThat(DatabaseNames.sanitise("9lives")).isEqualTo("db_9lives");
		assertThat(DatabaseNames.sanitise("x".repeat(80))).hasSize(50);
		assertThat(DatabaseNames.unique("cordon")).matches("cordon_[0-9a-f]{8}");
	}

}
