/**
 * When a person in isolation may be released. Plain Java.
 */
package org.cordon.quarantine.release.domain;
