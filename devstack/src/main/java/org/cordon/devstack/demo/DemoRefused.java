package org.cordon.devstack.demo;

/**
 * Cordon refused one of the demo's requests: the demo stops there, loudly, since every
 * later figure would be wrong.
 */
public final class DemoRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DemoRefused(Call call, int status, String answer) {
		super("The demo stopped: " + call.kind() + " of " + call.day() + " (POST " + call.path() + ") was answered "
				+ status + ": " + answer);
	}

	DemoRefused(Call call, String reason, Throwable cause) {
		super("The demo stopped: " + call.kind() + " of " + call.day() + " (POST " + call.path() + "): " + reason,
				cause);
	}

}
