/**
 * What a valid price observation is. Plain Java.
 */
package org.cordon.supply.prices.domain;
