/**
 * What a valid checkpoint is. Plain Java.
 */
package org.cordon.checkpoint.registry.domain;
