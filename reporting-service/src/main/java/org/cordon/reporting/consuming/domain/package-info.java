/**
 * The rules of consuming exactly once in effect: which records a stored position already
 * covers and where a batch moves it. Plain Java; which events are fit to apply is each
 * projection's own rule.
 */
package org.cordon.reporting.consuming.domain;
