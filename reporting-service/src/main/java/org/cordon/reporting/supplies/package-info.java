/**
 * The supply views: stock per item over every warehouse, donation totals and market
 * prices, kept from {@code supply.events}, and the endpoints API.md describes.
 */
package org.cordon.reporting.supplies;
