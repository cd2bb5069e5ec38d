/**
 * The files monitors must act on today (due for release, temperature missing), for
 * operators and as a daily job with gauges.
 */
package org.cordon.quarantine.watchlist;
