/**
 * Events of the supply context, published on {@code supply.events}: keyed by sku, except
 * donations (by donation id) and market prices (by commodity). Money is a decimal string
 * of yuan.
 */
package org.cordon.contracts.supply;
