package org.cordon.gateway.keys.domain;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Role;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRulesTest {

	private static final String CHECKPOINT = "9A3B5F0E-3C1D-4C6B-9A53-1D2F6C1E8B70";

	@Test
	void aViewerKeyNeedsANameAndItsRoleOnly() {
		assertThat(KeyRules.check("dashboard wall", List.of("viewer"), null)).isEmpty();
		assertThat(KeyRules.check("dashboard wall", List.of("viewer"), List.of())).isEmpty();
	}

	@Test
	void aCheckpointKeyNeedsItsScope() {
		assertThat(fields(KeyRules.check("gate", List.of("checkpoint"), null))).containsExactly("checkpoints");
		assertThat(KeyRules.check("gate", List.of("checkpoint"), List.of(CHECKPOINT))).isEmpty();
		assertThat(KeyRules.check("province", List.of("checkpoint"), List.of("*"))).isEmpty();
	}

	@Test
	void onlyACheckpointKeyHasAScope() {
		assertThat(KeyRules.check("x", List.of("operator"), List.of("*"))).singleElement()
			.isEqualTo(new Violation("checkpoints", "only a key with the role checkpoint has a checkpoint scope"));
	}

	@Test
	void eachUnknownRoleIsNamedWithItsIndex() {
		assertThat(fields(KeyRules.check("x", Arrays.asList("viewer", "root", null, "ADMIN"), null)))
			.containsExactly("roles[1]", "roles[2]", "roles[3]");
		assertThat(fields(KeyRules.check("x", List.of(), null))).containsExactly("roles");
		assertThat(fields(KeyRules.check("x", null, null))).containsExactly("roles");
	}

	@Test
	void aScopeHoldsCheckpointIdsOrAStarAlone() {
		assertThat(fields(KeyRules.check("x", List.of("checkpoint"),
				List.of("gate-7", "*", CHECKPOINT, CHECKPOINT.toLowerCase()))))
			.containsExactly("checkpoints[0]", "checkpoints[1]", "checkpoints[3]");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(fields(KeyRules.check(" ", List.of("viewer", "viewer"), List.of("*")))).containsExactly("name",
				"roles[1]", "checkpoints");
	}

	@Test
	void aValidRequestBecomesAKeyWithCanonicalIdsAndATrimmedName() {
		NewKey key = KeyRules.toNewKey("  Linhe east gate ", List.of("checkpoint", "viewer"), List.of(CHECKPOINT));

		assertThat(key.name()).isEqualTo("Linhe east gate");
		assertThat(key.roles()).containsExactlyInAnyOrder(Role.CHECKPOINT, Role.VIEWER);
		assertThat(key.checkpoints()).containsExactly(CHECKPOINT.toLowerCase());
	}

	@Test
	void aConfiguredSecretMustNotBeGuessableOrBlank() {
		assertThat(KeyRules.checkConfiguredSecret("p", "short")).isPresent();
		assertThat(KeyRules.checkConfiguredSecret("p", "long enough but with blanks")).isPresent();
		assertThat(KeyRules.checkConfiguredSecret("p", "a-long-enough-bootstrap-key")).isEmpty();
	}

	@Test
	void theDevKeysAreOnePerRoleWithEveryCheckpointForTheCheckpointKey() {
		assertThat(DevKeys.ALL).extracting(ConfiguredKey::secret)
			.containsExactly("dev-admin-key", "dev-operator-key", "dev-viewer-key", "dev-auditor-key",
					"dev-checkpoint-key");
		assertThat(DevKeys.ALL).flatExtracting(ConfiguredKey::roles).containsExactlyInAnyOrder(Role.values());
		assertThat(DevKeys.ALL.get(4).checkpoints()).containsExactly("*");
		assertThat(DevKeys.ALL.get(0).toString()).doesNotContain("dev-admin-key");
	}

	private static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::field).toList();
	}

}
