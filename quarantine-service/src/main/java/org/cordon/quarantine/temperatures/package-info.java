/**
 * Temperatures the monitors take, one reading per person and instant.
 */
package org.cordon.quarantine.temperatures;
