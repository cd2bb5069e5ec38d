/**
 * The live stream: every applied change of a view, announced after commit to every
 * instance through PostgreSQL NOTIFY, and sent to each subscriber as a Server-Sent Event.
 */
package org.cordon.reporting.stream;
