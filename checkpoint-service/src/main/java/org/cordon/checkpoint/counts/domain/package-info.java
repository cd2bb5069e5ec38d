/**
 * The rules of count reports: what a valid report is, and how a report relates to those
 * filed before it (first report, correction, repeat or conflict). Plain Java.
 */
package org.cordon.checkpoint.counts.domain;
