/**
 * Kafka topics: created by the platform with configured partitions and replication, kept
 * forever (they are the audit history).
 */
package org.cordon.platform.kafka;
