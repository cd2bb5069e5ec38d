/**
 * The rules of consuming exactly once in effect: which records a stored position already
 * covers, where a batch moves it, and which events are fit to apply. Plain Java.
 */
package org.cordon.reporting.consuming.domain;
