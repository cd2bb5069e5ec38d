package org.cordon.platform.cloudevents;

import java.time.Instant;
import java.util.UUID;

/**
 * Event ids ({@code ce_id}) that start with the time they were made: UUID version 7 (RFC
 * 9562), 48 bits of Unix milliseconds before 74 random bits. Every consumer keeps the ids
 * it applied in a B-tree; with random ids each insert landed on a random page of an index
 * of millions, so the index had to stay in memory whole, while ids made one after the
 * other land on its last pages (ADR 24). They are as unique as random ones: two ids of
 * the same millisecond still differ in 74 random bits.
 */
public final class EventIds {

	private static final long RANDOM_A = 0x0FFFL;

	private static final long VERSION_7 = 0x7000L;

	private EventIds() {
	}

	/**
	 * @param at when the event happened
	 * @return a new id whose first 48 bits are that instant's Unix milliseconds
	 */
	public static UUID next(Instant at) {
		UUID random = UUID.randomUUID();
		// a version 4 id keeps the RFC variant in its low half: only the high half
		// changes
		long high = (at.toEpochMilli() << 16) | (random.getMostSignificantBits() & RANDOM_A) | VERSION_7;
		return new UUID(high, random.getLeastSignificantBits());
	}

}
