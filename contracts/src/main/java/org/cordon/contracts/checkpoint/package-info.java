/**
 * Events of the checkpoint context, published on {@code checkpoint.events} and keyed by
 * checkpoint id.
 */
package org.cordon.contracts.checkpoint;
