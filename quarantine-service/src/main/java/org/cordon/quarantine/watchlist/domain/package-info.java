/**
 * Which files the monitors must act on today, and when a day begins. Plain Java.
 */
package org.cordon.quarantine.watchlist.domain;
