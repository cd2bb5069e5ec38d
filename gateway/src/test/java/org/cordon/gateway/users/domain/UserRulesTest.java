package org.cordon.gateway.users.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cordon.platform.rules.Role;
import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class UserRulesTest {

	private static final String GOOD_PASSWORD = "correct horse battery";

	@ParameterizedTest
	@ValueSource(strings = { "abc", "wang.li", "ops_2", "night-shift", "0li" })
	void aUsernameIsLowercaseLettersDigitsDotsUnderscoresAndHyphens(String username) {
		assertThat(UserRules.check(username, GOOD_PASSWORD, List.of("viewer"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "Admin", "wang li", "-lead", ".hidden", "张三", "a/b", "user@example", "" })
	void anythingElseIsNotAUsername(String username) {
		assertThat(fields(UserRules.check(username, GOOD_PASSWORD, List.of("viewer")))).containsExactly("username");
	}

	@Test
	void aUsernameHasAtMostSixtyFourCharacters() {
		assertThat(UserRules.check("a" + "1".repeat(63), GOOD_PASSWORD, List.of("viewer"))).isEmpty();
		assertThat(fields(UserRules.check("a" + "1".repeat(64), GOOD_PASSWORD, List.of("viewer"))))
			.containsExactly("username");
	}

	@Test
	void aPasswordHasAtLeastTwelveCharactersCountedAsPeopleCountThem() {
		assertThat(fields(UserRules.check("wang.li", "elevenchars", List.of("viewer")))).containsExactly("password");
		assertThat(UserRules.check("wang.li", "twelve chars", List.of("viewer"))).isEmpty();
		// twelve Chinese characters are twelve characters, though 36 bytes
		assertThat(UserRules.check("wang.li", "防控指挥部巴彦淖尔临河区五原", List.of("viewer"))).isEmpty();
		assertThat(fields(UserRules.check("wang.li", "防控指挥部巴彦淖尔临河", List.of("viewer")))).containsExactly("password");
	}

	@Test
	void aPasswordBcryptWouldCutIsRefused() {
		assertThat(UserRules.check("wang.li", "x".repeat(72), List.of("viewer"))).isEmpty();
		assertThat(fields(UserRules.check("wang.li", "x".repeat(73), List.of("viewer")))).containsExactly("password");
		// 25 Chinese characters are 75 bytes in UTF-8
		assertThat(fields(UserRules.check("wang.li", "疫".repeat(25), List.of("viewer")))).containsExactly("password");
	}

	@Test
	void aPasswordIsNeitherBlankNorTheUsername() {
		assertThat(fields(UserRules.check("wang.li", " ".repeat(12), List.of("viewer")))).containsExactly("password");
		assertThat(fields(UserRules.check("night-shift-1", "Night-Shift-1", List.of("viewer"))))
			.containsExactly("password");
	}

	@Test
	void noMessageRepeatsThePassword() {
		String secret = "short";
		List<Violation> violations = UserRules.check("wang.li", secret, List.of("viewer"));

		assertThat(violations).isNotEmpty().allSatisfy((v) -> assertThat(v.message()).doesNotContain(secret));
	}

	@Test
	void aPersonHoldsOneOrMoreOfOperatorViewerAuditorAndAdmin() {
		assertThat(UserRules.check("wang.li", GOOD_PASSWORD, List.of("operator", "viewer"))).isEmpty();
		assertThat(UserRules.toNewUser("wang.li", List.of("operator", "viewer")).roles())
			.isEqualTo(Set.of(Role.OPERATOR, Role.VIEWER));
		assertThat(fields(UserRules.check("wang.li", GOOD_PASSWORD, List.of()))).containsExactly("roles");
		assertThat(fields(UserRules.check("wang.li", GOOD_PASSWORD, null))).containsExactly("roles");
		assertThat(fields(UserRules.check("wang.li", GOOD_PASSWORD, List.of("Viewer")))).containsExactly("roles[0]");
		assertThat(fields(UserRules.check("wang.li", GOOD_PASSWORD, List.of("viewer", "viewer"))))
			.containsExactly("roles[1]");
	}

	@Test
	void checkpointIsForMachines() {
		List<Violation> violations = UserRules.check("wang.li", GOOD_PASSWORD, List.of("viewer", "checkpoint"));

		assertThat(fields(violations)).containsExactly("roles[1]");
		assertThat(violations.get(0).message()).contains("API key");
	}

	@Test
	void everyBrokenRuleIsNamedAtOnce() {
		assertThat(fields(UserRules.check(null, null, null))).containsExactly("username", "password", "roles");
	}

	@Test
	void aTypedUsernameIsFoundWhateverItsCaseAndSurroundingBlanks() {
		assertThat(UserRules.typedUsername(" Wang.Li ")).contains("wang.li");
		assertThat(UserRules.typedUsername("no such name!")).isEmpty();
		assertThat(UserRules.typedUsername(null)).isEmpty();
	}

	@Test
	void aTypedPasswordIsComparedOnlyWhenItCouldBeOne() {
		assertThat(UserRules.couldBePassword("admin")).isTrue();
		assertThat(UserRules.couldBePassword("")).isFalse();
		assertThat(UserRules.couldBePassword(null)).isFalse();
		assertThat(UserRules.couldBePassword("x".repeat(73))).isFalse();
	}

	@Test
	void theDevUsersAreOnePerRoleAPersonMayHoldWithTheirNameAsPassword() {
		assertThat(DevUser.ALL).extracting(DevUser::username).containsExactly("admin", "operator", "viewer", "auditor");
		assertThat(DevUser.ALL).allSatisfy((user) -> {
			assertThat(user.password()).isEqualTo(user.username());
			assertThat(user.roles()).containsExactly(Role.fromWireName(user.username()).orElseThrow());
		});
	}

	private static List<String> fields(List<Violation> violations) {
		return violations.stream().map(Violation::field).distinct().toList();
	}

}
