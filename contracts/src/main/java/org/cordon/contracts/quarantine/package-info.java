/**
 * Events of the quarantine context, published on {@code quarantine.events} and keyed by
 * the person's opaque id. No name, ID number, phone or address is ever part of them.
 */
package org.cordon.contracts.quarantine;
