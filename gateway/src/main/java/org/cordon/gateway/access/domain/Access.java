package org.cordon.gateway.access.domain;

/**
 * What the gateway answers a request before routing it.
 *
 * @param verdict let it through, or refuse it with 401 or 403
 * @param reason why it was refused, for the problem's detail
 */
public record Access(Verdict verdict, String reason) {

	private static final Access GRANTED = new Access(Verdict.GRANTED, null);

	/**
	 * The three outcomes.
	 */
	public enum Verdict {

		/** Route or handle the request. */
		GRANTED,
		/** No valid key or session: 401, or for a browser's page the login form. */
		UNAUTHENTICATED,
		/** A valid key without the role or scope: 403. */
		FORBIDDEN

	}

	public static Access granted() {
		return GRANTED;
	}

	public static Access unauthenticated() {
		return new Access(Verdict.UNAUTHENTICATED, "An API key or a login session is required.");
	}

	public static Access forbidden(String reason) {
		return new Access(Verdict.FORBIDDEN, reason);
	}

	public boolean isGranted() {
		return this.verdict == Verdict.GRANTED;
	}

}
