/**
 * What a valid isolation is, and what isolating a person on file does: the first one
 * isolates, the same one again changes nothing, another one is a move. Plain Java.
 */
package org.cordon.quarantine.isolation.domain;
