/**
 * Fevers a checkpoint measured and referred on, one record each.
 */
package org.cordon.checkpoint.fevers;
