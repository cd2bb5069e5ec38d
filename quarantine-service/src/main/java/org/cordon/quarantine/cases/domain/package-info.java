/**
 * Suspected and confirmed cases and their transfer to a designated hospital. Plain Java.
 */
package org.cordon.quarantine.cases.domain;
