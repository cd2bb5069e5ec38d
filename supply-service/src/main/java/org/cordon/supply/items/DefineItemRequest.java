package org.cordon.supply.items;

/**
 * The body of {@code POST /api/supplies/items}.
 */
record DefineItemRequest(String sku, String name, String unit, Integer lowStockThreshold) {

}
