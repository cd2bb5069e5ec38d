package org.cordon.gateway.login.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContinueTargetTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/views/bulletin?date=2020-02-04", "/dashboard#quarantine", "/a/b/c?x=1&y=2",
			"/loginhelp" })
	void aPathOnThisSiteIsWhereTheLoginGoesNext(String path) {
		assertThat(ContinueTarget.of(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "https://elsewhere.example/", "//elsewhere.example/", "/\\elsewhere.example/",
			"\\\\elsewhere.example", "javascript:alert(1)", "dashboard", "/with space", "/with\ttab", "/line\nbreak",
			"/login", "/login?error", "/login/login.css", "/logout" })
	void anythingElseGoesToTheStartPage(String requested) {
		assertThat(ContinueTarget.of(requested)).isEqualTo("/");
	}

	@ParameterizedTest
	@CsvSource({ "1999,true", "2000,true", "2001,false" })
	void anAbsurdlyLongTargetIsNotFollowed(int length, boolean followed) {
		String path = "/" + "a".repeat(length - 1);

		assertThat(ContinueTarget.of(path).equals(path)).isEqualTo(followed);
	}

}
