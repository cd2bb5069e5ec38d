package org.cordon.gateway.login.domain;

/**
 * Where a login sends the person afterwards: the page they first asked for, but only a
 * path on this site. Anything else ({@code https://elsewhere}, {@code //elsewhere},
 * {@code /\elsewhere}, which browsers read as another host) is the start page, so the
 * login form cannot be used to send someone to a look-alike site.
 */
public final class ContinueTarget {

	public static final String START = "/";

	private static final int LONGEST = 2000;

	private ContinueTarget() {
	}

	/**
	 * The target to redirect to.
	 * @param requested the {@code continue} parameter, possibly null
	 * @return a path on this site
	 */
	public static String of(String requested) {
		if (requested == null || requested.isEmpty() || requested.length() > LONGEST) {
			return START;
		}
		if (!requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")) {
			return START;
		}
		if (requested.chars().anyMatch((c) -> c <= ' ' || c == 0x7f)) {
			return START;
		}
		if (isLoginPath(requested)) {
			// back to the form after logging in would look like a failure
			return START;
		}
		return requested;
	}

	private static boolean isLoginPath(String path) {
		String withoutQuery = path.split("[?#]", 2)[0];
		return withoutQuery.equals("/login") || withoutQuery.startsWith("/login/") || withoutQuery.equals("/logout");
	}

}
