package org.cordon.gateway.keys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A key as {@code GET /api/admin/keys} shows it: everything but the secret, which the
 * gateway does not have.
 *
 * @param keyId the key's id, as in {@code key:<keyId>} of the events it caused
 * @param name its name
 * @param roles its roles
 * @param checkpoints its checkpoint scope
 * @param createdAt when it was issued or configured
 * @param createdBy the admin who issued it, or {@code configuration}
 */
record KeyListing(UUID keyId, String name, List<String> roles, List<String> checkpoints, Instant createdAt,
		String createdBy) {

}
