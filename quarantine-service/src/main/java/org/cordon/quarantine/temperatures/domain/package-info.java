/**
 * What a valid temperature reading is and when it is a fever. Plain Java.
 */
package org.cordon.quarantine.temperatures.domain;
