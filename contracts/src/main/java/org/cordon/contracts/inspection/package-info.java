/**
 * Events of the inspection context, published on {@code inspection.events}: an issue's
 * events keyed by issue id, an accountability action keyed by action id.
 */
package org.cordon.contracts.inspection;
