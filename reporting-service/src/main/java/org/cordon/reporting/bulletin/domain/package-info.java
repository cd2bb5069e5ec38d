/**
 * The rules of the daily bulletin: on which business day each fact counts, and what the
 * checkpoints, the quarantine census, the supplies and the inspection ledger stand at by
 * the end of a day. Plain Java.
 */
package org.cordon.reporting.bulletin.domain;
