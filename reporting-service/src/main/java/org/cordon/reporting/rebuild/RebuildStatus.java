package org.cordon.reporting.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cordon.reporting.rebuild.domain.RebuildState;

/**
 * The answer of {@code GET /api/admin/views/rebuild/{rebuildId}}.
 *
 * @param state RUNNING, DONE or FAILED
 * @param eventsApplied records of the log applied to the rebuilt views
 * @param eventsTotal records of the log up to the live views' positions
 * @param failure why it failed; only when FAILED
 */
record RebuildStatus(RebuildState state, long eventsApplied, long eventsTotal,
		@JsonInclude(JsonInclude.Include.NON_NULL) String failure) {

}
