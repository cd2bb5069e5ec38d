/**
 * supply-service: one package per feature (items, orders, stock, donations, prices), each
 * with its rules in a framework-free {@code domain} package; rules the features share
 * live in {@code org.cordon.supply.domain}.
 */
package org.cordon.supply;
