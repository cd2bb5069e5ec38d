/**
 * The security chain: a key is authenticated, then the access table decides, then the
 * rate limit counts.
 */
package org.cordon.gateway.access;
