/**
 * Tracing contacts between persons on file. Plain Java.
 */
package org.cordon.quarantine.contacts.domain;
