package org.cordon.platform.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes and continues W3C {@code traceparent} values ({@code 00-<trace>-<span>-<flags>}).
 */
public final class Traceparent {

	private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Traceparent() {
	}

	/**
	 * A child of the incoming trace when it is valid, else a new trace.
	 * @param incoming the caller's {@code traceparent}, possibly null or malformed
	 * @return the value for this service's work
	 */
	public static String continueOrStart(String incoming) {
		if (incoming != null && VALID.matcher(incoming).matches()
				&& !incoming.substring(3, 35).equals("0".repeat(32))) {
			return "00-" + incoming.substring(3, 35) + "-" + randomHex(8) + "-" + incoming.substring(53, 55);
		}
		return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
	}

	public static String traceId(String traceparent) {
		return traceparent.substring(3, 35);
	}

	private static String randomHex(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

}
