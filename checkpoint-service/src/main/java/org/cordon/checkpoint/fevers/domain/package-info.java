/**
 * What a valid fever record is. Plain Java.
 */
package org.cordon.checkpoint.fevers.domain;
