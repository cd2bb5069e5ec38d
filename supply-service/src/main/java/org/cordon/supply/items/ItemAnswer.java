package org.cordon.supply.items;

/**
 * The answer to defining an item.
 */
record ItemAnswer(String sku, String status) {

}
