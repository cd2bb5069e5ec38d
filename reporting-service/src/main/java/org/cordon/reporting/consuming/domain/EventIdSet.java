package org.cordon.reporting.consuming.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A set of event ids held in two arrays of longs rather than as objects: about 32 bytes
 * an id, a third of a {@code HashSet<UUID>}'s, so that a build can remember the ids of a
 * long history in memory. Open addressing with linear probing; the all-zero id is kept
 * apart, zero marking an empty slot.
 * <p>
 * Not thread-safe.
 */
public final class EventIdSet {

	private static final int FIRST_CAPACITY = 1 << 12;

	private long[] high = new long[FIRST_CAPACITY];

	private long[] low = new long[FIRST_CAPACITY];

	private int size;

	private boolean hasZero;

	/**
	 * @param id an event id
	 * @return true when it was not in the set and now is
	 */
	public boolean add(UUID id) {
		if (isZero(id)) {
			boolean added = !this.hasZero;
			this.hasZero = true;
			return added;
		}
		if ((this.size + 1) * 2 > this.high.length) {
			grow();
		}
		return put(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	/**
	 * @param id an event id
	 * @return whether it is in the set
	 */
	public boolean contains(UUID id) {
		if (isZero(id)) {
			return this.hasZero;
		}
		return !isEmpty(find(id.getMostSignificantBits(), id.getLeastSignificantBits()));
	}

	/**
	 * @param id an event id
	 * @return true when it was in the set and no longer is
	 */
	public boolean remove(UUID id) {
		if (isZero(id)) {
			boolean removed = this.hasZero;
			this.hasZero = false;
			return removed;
		}
		int slot = find(id.getMostSignificantBits(), id.getLeastSignificantBits());
		if (isEmpty(slot)) {
			return false;
		}
		this.size--;
		// backward shift: move up every later entry of the run whose home is not
		// between the freed slot and itself, so that probing never stops short
		int mask = this.high.length - 1;
		int free = slot;
		for (int next = (free + 1) & mask; !isEmpty(next); next = (next + 1) & mask) {
			int home = home(this.high[next], this.low[next]);
			if (((next - home) & mask) >= ((next - free) & mask)) {
				this.high[free] = this.high[next];
				this.low[free] = this.low[next];
				free = next;
			}
		}
		this.high[free] = 0;
		this.low[free] = 0;
		return true;
	}

	/**
	 * @return how many ids the set holds
	 */
	public int size() {
		return this.size + (this.hasZero ? 1 : 0);
	}

	/**
	 * @return every id of the set, in no particular order
	 */
	public List<UUID> ids() {
		List<UUID> ids = new ArrayList<>(size());
		if (this.hasZero) {
			ids.add(new UUID(0, 0));
		}
		for (int slot = 0; slot < this.high.length; slot++) {
			if (!isEmpty(slot)) {
				ids.add(new UUID(this.high[slot], this.low[slot]));
			}
		}
		return ids;
	}

	private boolean put(long hi, long lo) {
		int slot = find(hi, lo);
		if (!isEmpty(slot)) {
			return false;
		}
		this.high[slot] = hi;
		this.low[slot] = lo;
		this.size++;
		return true;
	}

	/**
	 * @return the id's slot, or the empty slot where it would go
	 */
	private int find(long hi, long lo) {
		int mask = this.high.length - 1;
		int slot = home(hi, lo);
		while (!isEmpty(slot) && (this.high[slot] != hi || this.low[slot] != lo)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private int home(long hi, long lo) {
		long mixed = (hi ^ Long.rotateLeft(lo, 32)) * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 33) & (this.high.length - 1);
	}

	private boolean isEmpty(int slot) {
		return this.high[slot] == 0 && this.low[slot] == 0;
	}

	private void grow() {
		long[] oldHigh = this.high;
		long[] oldLow = this.low;
		this.high = new long[oldHigh.length * 2];
		this.low = new long[oldLow.length * 2];
		this.size = 0;
		for (int slot = 0; slot < oldHigh.length; slot++) {
			if (oldHigh[slot] != 0 || oldLow[slot] != 0) {
				put(oldHigh[slot], oldLow[slot]);
			}
		}
	}

	private static boolean isZero(UUID id) {
		return id.getMostSignificantBits() == 0 && id.getLeastSignificantBits() == 0;
	}

}
