/**
 * Donations of cash, medical supplies and other goods, valued in yuan.
 */
package org.cordon.supply.donations;
