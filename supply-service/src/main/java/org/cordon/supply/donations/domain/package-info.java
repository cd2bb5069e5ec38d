/**
 * What a valid donation is. Plain Java.
 */
package org.cordon.supply.donations.domain;
