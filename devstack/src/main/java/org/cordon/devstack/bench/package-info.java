/**
 * The ingest benchmark: drives a running Cordon through its public API and prints what it
 * measured next to Kafka's own producer tool on the same broker.
 */
package org.cordon.devstack.bench;
