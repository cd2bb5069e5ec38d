/**
 * Registering and listing checkpoints.
 */
package org.cordon.checkpoint.registry;
