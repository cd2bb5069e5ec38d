/**
 * The rate limit of each caller: a token bucket per key. Plain Java.
 */
package org.cordon.gateway.ratelimit.domain;
