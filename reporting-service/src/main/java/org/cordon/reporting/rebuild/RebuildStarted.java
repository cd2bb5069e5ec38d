package org.cordon.reporting.rebuild;

import java.util.UUID;

/**
 * The answer of {@code POST /api/admin/views/rebuild}.
 *
 * @param rebuildId the rebuild, to follow at {@code /api/admin/views/rebuild/{rebuildId}}
 */
record RebuildStarted(UUID rebuildId) {

}
