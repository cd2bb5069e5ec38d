/**
 * Staple prices observed at markets, one observation per market, commodity and day.
 */
package org.cordon.supply.prices;
