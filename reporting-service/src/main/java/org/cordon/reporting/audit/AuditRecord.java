package org.cordon.reporting.audit;

import java.util.Comparator;

import org.cordon.platform.cloudevents.CloudEventAttributes;
import org.cordon.reporting.audit.domain.LogPosition;

/**
 * A record of an event topic that the query keeps, read as far as the merge needs: its
 * place in the order, its CloudEvents attributes, and its data still as the bytes on the
 * log.
 *
 * @param position where it stands in the stream's order
 * @param attributes its {@code ce_*} headers
 * @param specVersion its {@code ce_specversion}
 * @param contentType its {@code content-type}
 * @param data the record value, the event's data as JSON
 */
record AuditRecord(LogPosition position, CloudEventAttributes attributes, String specVersion, String contentType,
		byte[] data) {

	/** The audit stream's order: by time, then topic, partition, offset. */
	static final Comparator<AuditRecord> OLDEST_FIRST = Comparator.comparing(AuditRecord::position);

}
