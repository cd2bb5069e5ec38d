package org.cordon.gateway.keys;

import java.util.List;

/**
 * The body of {@code POST /api/admin/keys}; roles are strings so that an unknown one is
 * named in the answer rather than refused as an unreadable body.
 *
 * @param name what the key is for, e.g. the checkpoint's name
 * @param roles lowercase role names
 * @param checkpoints checkpoint ids or {@code *}, for a checkpoint key only
 */
record KeyRequest(String name, List<String> roles, List<String> checkpoints) {

}
