/**
 * Tracing a person's contacts among the persons on file.
 */
package org.cordon.quarantine.contacts;
