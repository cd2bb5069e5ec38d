/**
 * Vehicles a checkpoint turned back, one record each.
 */
package org.cordon.checkpoint.turnbacks;
