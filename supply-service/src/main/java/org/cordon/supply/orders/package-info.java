/**
 * Orders placed with suppliers, and how much of each has been received.
 */
package org.cordon.supply.orders;
