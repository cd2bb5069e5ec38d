/**
 * What a valid turnback record is. Plain Java.
 */
package org.cordon.checkpoint.turnbacks.domain;
