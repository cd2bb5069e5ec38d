package org.cordon.gateway.access.domain;

/**
 * Tells a person's browser opening a page from a program calling the API, so that the one
 * is sent to the login form and the other gets a 401 it can act on: a redirect would only
 * hand a program an HTML form it cannot read.
 */
public final class Navigation {

	private Navigation() {
	}

	/**
	 * Whether a request is a browser navigating to a page.
	 * @param method the HTTP method
	 * @param path the path
	 * @param accept the {@code Accept} header, possibly null
	 * @return true for a GET of a page that asks for HTML, outside the API
	 */
	public static boolean isPage(String method, String path, String accept) {
		if (!(method.equals("GET") || method.equals("HEAD")) || accept == null || !accept.contains("text/html")) {
			return false;
		}
		String first = path.replaceFirst("^/+", "").split("/", 2)[0];
		return !(first.equals("api") || first.equals("actuator") || first.equals("v3"));
	}

}
