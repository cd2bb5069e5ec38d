/**
 * The rules of the checkpoint views: which day a report counts for, how reports and their
 * corrections add up, and how a summary is assembled and averaged. Plain Java.
 */
package org.cordon.reporting.checkpoints.domain;
