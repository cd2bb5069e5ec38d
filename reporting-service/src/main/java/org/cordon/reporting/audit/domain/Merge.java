package org.cordon.reporting.audit.domain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A k-way merge of lanes that are each read in their own order (a partition, by offset)
 * into one stream, oldest first: the next item is always the oldest of the lanes' heads.
 * <p>
 * That is only decidable while every lane that may still receive items holds one: a lane
 * that is empty but not ended could yet bring the oldest. {@link #next()} then asks the
 * caller to fill exactly those lanes, so the caller reads only where it must and every
 * lane holds no more than one read's worth of items. Within a lane the order it was
 * filled in is kept, whatever the items' times: a partition's order is its aggregates'
 * order.
 *
 * @param <K> what names a lane (a topic partition)
 * @param <T> the items
 */
public final class Merge<K, T> {

	private final Map<K, Lane<T>> lanes = new LinkedHashMap<>();

	private final Comparator<? super T> order;

	/**
	 * @param lanes the lanes, all open and empty
	 * @param order which of two items comes first
	 */
	public Merge(Collection<K> lanes, Comparator<? super T> order) {
		lanes.forEach((lane) -> this.lanes.put(lane, new Lane<>()));
		this.order = order;
	}

	/**
	 * Appends an item to a lane, after those it holds.
	 * @param lane an open lane
	 * @param item the item
	 * @throws IllegalStateException when the lane has ended
	 */
	public void add(K lane, T item) {
		Lane<T> target = lane(lane);
		if (target.ended) {
			throw new IllegalStateException("Lane " + lane + " has ended");
		}
		target.items.addLast(item);
	}

	/**
	 * Says that a lane will receive nothing more; what it holds is still merged.
	 * @param lane the lane
	 */
	public void end(K lane) {
		lane(lane).ended = true;
	}

	/**
	 * @param lane a lane
	 * @return true until the lane has ended
	 */
	public boolean isOpen(K lane) {
		return !lane(lane).ended;
	}

	/**
	 * @param lane a lane
	 * @return how many items it holds
	 */
	public int buffered(K lane) {
		return lane(lane).items.size();
	}

	/**
	 * What comes next: the oldest head, or which lanes must be filled before that can be
	 * told, or the end once every lane has ended and been emptied.
	 * @return the next step
	 */
	public Step<K, T> next() {
		List<K> waiting = this.lanes.entrySet()
			.stream()
			.filter((lane) -> lane.getValue().isWaiting())
			.map(Map.Entry::getKey)
			.toList();
		if (!waiting.isEmpty()) {
			return new Fill<>(waiting);
		}
		Lane<T> oldest = null;
		for (Lane<T> lane : this.lanes.values()) {
			if (!lane.items.isEmpty()
					&& (oldest == null || this.order.compare(lane.items.peekFirst(), oldest.items.peekFirst()) < 0)) {
				oldest = lane;
			}
		}
		return (oldest != null) ? new Take<>(oldest.items.pollFirst()) : new Done<>();
	}

	private Lane<T> lane(K lane) {
		Lane<T> found = this.lanes.get(lane);
		if (found == null) {
			throw new IllegalArgumentException("No lane " + lane);
		}
		return found;
	}

	/**
	 * What the merge needs or gives next.
	 *
	 * @param <K> what names a lane
	 * @param <T> the items
	 */
	public sealed interface Step<K, T> permits Take, Fill, Done {

	}

	/**
	 * The oldest item of all lanes, removed from its lane.
	 *
	 * @param <K> what names a lane
	 * @param <T> the items
	 * @param item the item
	 */
	public record Take<K, T>(T item) implements Step<K, T> {

	}

	/**
	 * Lanes that are empty and not ended: add to them, or end them, before asking again.
	 *
	 * @param <K> what names a lane
	 * @param <T> the items
	 * @param lanes the lanes to fill
	 */
	public record Fill<K, T>(List<K> lanes) implements Step<K, T> {

	}

	/**
	 * Every lane has ended and is empty.
	 *
	 * @param <K> what names a lane
	 * @param <T> the items
	 */
	public record Done<K, T>() implements Step<K, T> {

	}

	private static final class Lane<T> {

		private final ArrayDeque<T> items = new ArrayDeque<>();

		private boolean ended;

		boolean isWaiting() {
			return !this.ended && this.items.isEmpty();
		}

	}

}
