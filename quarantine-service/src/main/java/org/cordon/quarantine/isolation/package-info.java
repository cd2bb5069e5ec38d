/**
 * Isolating a person, or moving them to another isolation.
 */
package org.cordon.quarantine.isolation;
