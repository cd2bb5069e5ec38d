package org.cordon.gateway.keys;

import java.util.List;
import java.util.UUID;

/**
 * The answer to {@code POST /api/admin/keys}: the only time the secret is shown.
 *
 * @param keyId the key's id
 * @param key the secret, to give to whoever will use it
 * @param name its name
 * @param roles its roles
 * @param checkpoints its checkpoint scope
 */
record IssuedKey(UUID keyId, String key, String name, List<String> roles, List<String> checkpoints) {

}
