package org.cordon.gateway.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import org.cordon.gateway.login.SessionCookies;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserWritesTest {

	@ParameterizedTest(name = "{0} {1}, cookie {2}, key {3}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /api/checkpoints | true  | none   | true
			PUT    | /api/anything   | true  | none   | true
			PATCH  | /api/anything   | true  | none   | true
			DELETE | /api/admin/users/x | true | none  | true
			GET    | /api/checkpoints | true  | none   | false
			HEAD   | /api/checkpoints | true  | none   | false
			POST   | /api/checkpoints | true  | bearer | false
			POST   | /api/checkpoints | true  | header | false
			POST   | /api/checkpoints | true  | basic  | true
			POST   | /api/checkpoints | false | none   | false
			POST   | /login           | false | none   | true
			POST   | /login/          | false | none   | true
			POST   | /logout          | false | none   | true
			POST   | /login           | false | bearer | false
			""")
	void aWriteAuthenticatedByTheCookieNeedsTheToken(String method, String path, boolean cookie, String key,
			boolean needsToken) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.valueOf(method), path);
		if (cookie) {
			request.cookie(new HttpCookie(SessionCookies.SESSION, "s"));
		}
		switch (key) {
			case "bearer" -> request.header(HttpHeaders.AUTHORIZATION, "Bearer k");
			case "basic" -> request.header(HttpHeaders.AUTHORIZATION, "Basic k");
			case "header" -> request.header(KeyHeaders.API_KEY, "k");
			default -> {
			}
		}

		assertThat(BrowserWrites.needsToken(request.build())).isEqualTo(needsToken);
	}

}
