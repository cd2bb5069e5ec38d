/**
 * The embedded default behind {@code ./cordon up}: a real Kafka broker and a real
 * PostgreSQL keeping their data under {@code .cordon/}, then every service in its own
 * process.
 */
package org.cordon.devstack;
