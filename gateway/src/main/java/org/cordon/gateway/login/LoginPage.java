package org.cordon.gateway.login;

import org.springframework.web.util.HtmlUtils;

/**
 * The login form: Chinese first with English beside it, labelled fields, the message of a
 * failed login or a logout announced to screen readers, and nothing loaded from elsewhere
 * (one style sheet from the gateway itself).
 */
final class LoginPage {

	/**
	 * The page's Content-Security-Policy: its own style sheet, a form that posts only
	 * here, and no scripts at all.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; form-action 'self';"
			+ " frame-ancestors 'none'; base-uri 'none'";

	private static final String FAILED = """
			<p id="message" class="message error" role="alert">登录失败：请检查用户名和密码，或几分钟后再试。<br>
			<span lang="en">The login did not succeed: check the username and password, or try again in a few minutes.</span></p>
			""";

	private static final String LOGGED_OUT = """
			<p id="message" class="message" role="status">您已退出登录。<br><span lang="en">You have logged out.</span></p>
			""";

	private LoginPage() {
	}

	/**
	 * The page.
	 * @param csrfParameter the form field of the CSRF token
	 * @param csrfToken the token
	 * @param state what happened before, if anything
	 * @param target where to go after the login
	 * @return the HTML
	 */
	static String render(String csrfParameter, String csrfToken, State state, String target) {
		String message = switch (state) {
			case FAILED -> FAILED;
			case LOGGED_OUT -> LOGGED_OUT;
			case FRESH -> "";
		};
		String describedBy = (state == State.FAILED) ? " aria-describedby=\"message\"" : "";
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head>
				<meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>登录 Log in · Cordon 防控指挥平台</title>
				<link rel="stylesheet" href="/login/login.css">
				</head>
				<body>
				<main>
				<h1>防控指挥平台 <span lang="en">Cordon</span></h1>
				<p class="lead">请登录 <span lang="en">Please log in</span></p>
				%s<form method="post" action="/login">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="continue" value="%s">
				<div class="field">
				<label for="username">用户名 <span lang="en">Username</span></label>
				<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="64" required autofocus%s>
				</div>
				<div class="field">
				<label for="password">密码 <span lang="en">Password</span></label>
				<input id="password" name="password" type="password" autocomplete="current-password" required%s>
				</div>
				<button type="submit">登录 <span lang="en">Log in</span></button>
				</form>
				</main>
				</body>
				</html>
				"""
			.formatted(message, escape(csrfParameter), escape(csrfToken), escape(target), describedBy, describedBy);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * What the page tells the person above the form.
	 */
	enum State {

		/** Nothing: the first visit. */
		FRESH,
		/** The last attempt did not succeed (never why). */
		FAILED,
		/** The person just logged out. */
		LOGGED_OUT

	}

}
