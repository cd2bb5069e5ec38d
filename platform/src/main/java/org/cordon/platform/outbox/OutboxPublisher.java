package org.cordon.platform.outbox;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Sends outbox rows to the broker.
 */
public interface OutboxPublisher {

	/**
	 * Sends the rows in order and waits for the broker's answers.
	 * @param rows the rows, in seq order
	 * @return how many rows, from the first, the broker acknowledged without a gap: only
	 * those may be deleted
	 */
	Mono<Integer> publish(List<OutboxRow> rows);

}
