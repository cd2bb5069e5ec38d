package org.cordon.reporting.stream.domain;

import java.util.OptionalLong;

/**
 * Whether a client that reconnects with {@code Last-Event-ID} can be sent exactly the
 * changes it missed. The server holds the changes from {@code oldest} to {@code newest};
 * older ones were pruned. Anything it cannot vouch for gets a fresh snapshot instead: a
 * gap would leave the client showing figures that are silently wrong. So does a client
 * that last saw the views before a rebuild replaced them.
 */
public final class Resume {

	private Resume() {
	}

	/**
	 * @param lastEventId the header as sent, possibly null or not a number
	 * @param oldest the oldest change held, or null when none is held
	 * @param newest the newest change held, or null when none is held
	 * @param rebuilt the newest change that replaced every view by a rebuild, or null
	 * when none is held
	 * @return the id to send the changes after, or empty for a fresh snapshot
	 */
	public static OptionalLong after(String lastEventId, Long oldest, Long newest, Long rebuilt) {
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
		// the changes before a rebuild were made to the tables it replaced
		boolean sinceTheLastRebuild = rebuilt == null || last >= rebuilt;
		return (nothingPruned && known && sinceTheLastRebuild) ? OptionalLong.of(last) : OptionalLong.empty();
	}

}
