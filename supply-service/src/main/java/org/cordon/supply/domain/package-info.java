/**
 * Rules every supply feature shares: what a sku, a quantity and an amount of yuan are.
 * Plain Java.
 */
package org.cordon.supply.domain;
