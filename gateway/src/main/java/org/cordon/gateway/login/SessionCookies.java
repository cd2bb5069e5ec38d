package org.cordon.gateway.login;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The session cookie and how the gateway's cookies are sent: {@code HttpOnly} (page
 * scripts never see the session), {@code SameSite} ({@code Lax} by default, so another
 * site can neither post with it nor embed the dashboard, while a link to the dashboard
 * still opens it logged in), and {@code Secure} when the gateway itself serves https, or
 * always or never as configured ({@code cordon.gateway.session.cookie-secure}: set it to
 * {@code true} behind a proxy that terminates TLS).
 * <p>
 * The session cookie has no {@code Max-Age}: it ends with the browser, and the gateway
 * ends it sooner when the session times out.
 */
@Component
public class SessionCookies {

	public static final String SESSION = "CORDON_SESSION";

	/**
	 * The cookie that holds the CSRF token, readable by the page's scripts, which send it
	 * back in {@link #CSRF_HEADER}.
	 */
	public static final String CSRF = "XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-XSRF-TOKEN";

	private static final String PATH = "/";

	private final Boolean secure;

	private final String sameSite;

	SessionCookies(@Value("${cordon.gateway.session.cookie-secure:auto}") String secure,
			@Value("${cordon.gateway.session.cookie-same-site:Lax}") String sameSite) {
		this.secure = switch (secure.strip().toLowerCase(Locale.ROOT)) {
			case "auto" -> null;
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException(
					"cordon.gateway.session.cookie-secure must be auto, true or false, not " + secure);
		};
		this.sameSite = switch (sameSite.strip().toLowerCase(Locale.ROOT)) {
			case "lax" -> "Lax";
			case "strict" -> "Strict";
			default -> throw new IllegalArgumentException(
					"cordon.gateway.session.cookie-same-site must be Lax or Strict, not " + sameSite);
		};
	}

	/**
	 * The session cookie's value, if the request carries one.
	 * @param request the request
	 * @return the value
	 */
	public static Optional<String> session(ServerHttpRequest request) {
		return Optional.ofNullable(request.getCookies().getFirst(SESSION)).map(HttpCookie::getValue);
	}

	ResponseCookie issue(ServerHttpRequest request, String secret) {
		return ResponseCookie.from(SESSION, secret)
			.path(PATH)
			.httpOnly(true)
			.secure(isSecure(request))
			.sameSite(this.sameSite)
			.build();
	}

	ResponseCookie clearSession(ServerHttpRequest request) {
		return ResponseCookie.from(SESSION, "")
			.path(PATH)
			.httpOnly(true)
			.secure(isSecure(request))
			.sameSite(this.sameSite)
			.maxAge(Duration.ZERO)
			.build();
	}

	/**
	 * Removes the CSRF token's cookie, so that the next page gets a new token: a token
	 * seen before a login is not used after it.
	 * @param request the request
	 * @return the expired cookie
	 */
	ResponseCookie clearCsrf(ServerHttpRequest request) {
		return ResponseCookie.from(CSRF, "")
			.path(PATH)
			.secure(isSecure(request))
			.sameSite(this.sameSite)
			.maxAge(Duration.ZERO)
			.build();
	}

	/**
	 * Gives the CSRF cookie the same {@code SameSite} and, when configured, the same
	 * {@code Secure} as the session cookie ({@code auto} is already the CSRF repository's
	 * own rule).
	 * @param cookie the CSRF cookie being written
	 */
	public void customizeCsrfCookie(ResponseCookie.ResponseCookieBuilder cookie) {
		cookie.sameSite(this.sameSite).path(PATH);
		if (this.secure != null) {
			cookie.secure(this.secure);
		}
	}

	private boolean isSecure(ServerHttpRequest request) {
		return (this.secure != null) ? this.secure : request.getSslInfo() != null;
	}

}
