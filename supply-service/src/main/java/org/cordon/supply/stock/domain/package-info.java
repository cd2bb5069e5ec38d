/**
 * What valid receipts and issues are, what stays reserved for the first priorities, and
 * when low stock is announced. Plain Java.
 */
package org.cordon.supply.stock.domain;
