/**
 * What a valid order is, and what a receipt against an order may do. Plain Java.
 */
package org.cordon.supply.orders.domain;
