package org.cordon.reporting.stream.domain;

import java.util.OptionalLong;

/**
 * Whether a client that reconnects with {@code Last-Event-ID} can be sent exactly the
 * changes it missed. The server holds the changes from {@code oldest} to {@code newest};
 * older ones were pruned. Anything it cannot vouch for gets a fresh snapshot instead: a
 * gap would leave the client showing figures that are silently wrong.
 */
public final class Resume {

	private Resume() {
	}

	/**
	 * @param lastEventId the header as sent, possibly null or not a number
	 * @param oldest the oldest change held, or null when none is held
	 * @param newest the newest change held, or null when none is held
	 * @return the id to send the changes after, or empty for a fresh snapshot
	 */
	public static OptionalLong after(String lastEventId, Long oldest, Long newest) {
		if (lastEventId == null || oldest == null || newest == null) {
			return OptionalLong.empty();
		}
		long last;
		try {
			last = Long.parseLong(lastEventId.strip());
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
		// every id after `last` must still be held: the first of them is at least
		// `oldest`
		boolean nothingPruned = last >= oldest - 1;
		boolean known = last <= newest;
		return (nothingPruned && known) ? OptionalLong.of(last) : OptionalLong.empty();
	}

}
