/**
 * The security chain: a browser's write shows its CSRF token, a key or a session is
 * authenticated, then the access table decides, then the rate limit counts.
 */
package org.cordon.gateway.access;
