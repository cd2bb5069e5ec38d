package org.cordon.reporting.consuming;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.cordon.contracts.DomainEvent;

/**
 * A consumed record, read as far as it could be.
 */
sealed interface ReadRecord permits ReadRecord.Event, ReadRecord.Unreadable {

	ConsumerRecord<String, byte[]> record();

	default int partition() {
		return record().partition();
	}

	default long offset() {
		return record().offset();
	}

	/**
	 * The same record, to be dead-lettered because applying it failed.
	 * @param failure why it cannot be applied
	 * @return the record as unreadable
	 */
	default Unreadable refused(Exception failure) {
		return new Unreadable(record(), failure);
	}

	/**
	 * A record whose event the views can apply.
	 *
	 * @param record the record
	 * @param eventId its {@code ce_id}
	 * @param time its {@code ce_time}: when the change happened in the system
	 * @param event its data
	 */
	record Event(ConsumerRecord<String, byte[]> record, UUID eventId, Instant time,
			DomainEvent event) implements ReadRecord {

	}

	/**
	 * A record that cannot be applied, and why; it goes to the dead-letter topic.
	 *
	 * @param record the record
	 * @param failure what went wrong
	 */
	record Unreadable(ConsumerRecord<String, byte[]> record, Exception failure) implements ReadRecord {

	}

}
