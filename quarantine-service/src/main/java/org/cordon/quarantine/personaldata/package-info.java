/**
 * Keeps ID numbers unreadable at rest: AES-GCM encryption for reading a file back, and a
 * keyed hash (HMAC-SHA256) for finding a duplicate without decrypting. ADR 0011.
 */
package org.cordon.quarantine.personaldata;
