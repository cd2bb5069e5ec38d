/**
 * The audit stream: the event history read from the Kafka log itself, every context's
 * topic merged oldest first, as CloudEvents in structured JSON, one per line, streamed
 * with back-pressure by a consumer of each request's own.
 */
package org.cordon.reporting.audit;
