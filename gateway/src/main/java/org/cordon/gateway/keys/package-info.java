/**
 * API keys: reading and checking them on each request, issuing and revoking them
 * ({@code /api/admin/keys}), and the configured bootstrap and dev keys.
 */
package org.cordon.gateway.keys;
