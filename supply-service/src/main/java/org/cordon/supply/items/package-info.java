/**
 * The catalogue of supplies: each item once, under the sku the command gives it.
 */
package org.cordon.supply.items;
