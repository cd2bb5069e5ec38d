package org.cordon.devstack.bench;

import java.util.UUID;

/**
 * A checkpoint of the benchmark and the key scoped to it, as a real gate would have: the
 * gateway's rate limit is per key.
 */
record Gate(UUID checkpointId, String key) {

}
