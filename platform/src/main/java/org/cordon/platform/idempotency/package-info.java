/**
 * Create-by-client-id: a client may send the same create again (it retries on a poor
 * connection) and nothing is created twice.
 */
package org.cordon.platform.idempotency;
