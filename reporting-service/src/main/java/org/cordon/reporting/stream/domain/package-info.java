/**
 * The rules of the live stream: which views a client may ask for, and whether a client
 * that reconnects can be resumed from its last event or needs a fresh snapshot. Plain
 * Java.
 */
package org.cordon.reporting.stream.domain;
