/**
 * What a valid item is. Plain Java.
 */
package org.cordon.supply.items.domain;
