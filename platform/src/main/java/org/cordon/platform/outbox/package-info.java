/**
 * The transactional outbox and its relay to Kafka.
 */
package org.cordon.platform.outbox;
