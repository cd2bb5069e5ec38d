/**
 * The rules of the supply views: how receipts and issues add up to stock on hand, when an
 * item is low, how donations are totalled exactly, and how a commodity's price change is
 * figured. Plain Java.
 */
package org.cordon.reporting.supplies.domain;
