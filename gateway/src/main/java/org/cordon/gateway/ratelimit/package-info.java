/**
 * The per-key rate limit in the security chain.
 */
package org.cordon.gateway.ratelimit;
