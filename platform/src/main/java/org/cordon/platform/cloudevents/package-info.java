/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers,
 * the record value is the event's data.
 */
package org.cordon.platform.cloudevents;
