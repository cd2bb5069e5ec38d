/**
 * Releasing a person whose observation is complete.
 */
package org.cordon.quarantine.release;
