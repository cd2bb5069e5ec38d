/**
 * Suspected and confirmed cases, and transfers to a designated hospital.
 */
package org.cordon.quarantine.cases;
