package org.cordon.devstack.bench;

import java.time.Duration;

/**
 * Waits until a consumer group has committed everything on the event topics: for
 * reporting-service, that every loaded event has been applied to the views (it commits to
 * Kafka after its database transaction).
 */
final class ConsumerCatchUp {

	private ConsumerCatchUp() {
	}

	/**
	 * @param topics the broker
	 * @param group the consumer group
	 * @param atMost how long to wait
	 * @return how long it took
	 * @throws IllegalStateException when the group did not catch up in time
	 */
	static Duration await(EventTopics topics, String group, Duration atMost) throws InterruptedException {
		long began = System.nanoTime();
		long deadline = began + atMost.toNanos();
		long reported = began;
		long lag = topics.lag(group);
		while (lag > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(group + " still lags " + lag + " records after " + atMost.toMinutes()
						+ " minutes; is reporting-service running?");
			}
			if (System.nanoTime() - reported > 10_000_000_000L) {
				System.out.printf("  %s lags %,d records%n", group, lag);
				reported = System.nanoTime();
			}
			Thread.sleep(250);
			lag = topics.lag(group);
		}
		return Duration.ofNanos(System.nanoTime() - began);
	}

}
