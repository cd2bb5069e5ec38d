/**
 * Consuming the published events exactly once in effect: a batch listener that applies
 * each batch in one transaction together with the consumed positions, resumes from those
 * positions, and sends what it cannot apply to a dead-letter topic.
 */
package org.cordon.reporting.consuming;
