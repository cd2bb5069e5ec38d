/**
 * The checkpoint views: checkpoints as registered and their totals per day, kept from
 * {@code checkpoint.events}, and the summary API.md describes.
 */
package org.cordon.reporting.checkpoints;
