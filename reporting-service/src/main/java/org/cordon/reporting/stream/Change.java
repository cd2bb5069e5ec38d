package org.cordon.reporting.stream;

import org.springframework.http.codec.ServerSentEvent;

/**
 * One held change, with the event every subscriber is sent: built once per change and
 * shared, never serialised per client.
 *
 * @param id the change's id, the SSE {@code id}
 * @param view the view's wire name
 * @param event the event to send
 */
record Change(long id, String view, ServerSentEvent<String> event) {

	/**
	 * @return whether this change says every view was rebuilt, rather than changed
	 */
	boolean rebuilt() {
		return ViewChanges.REBUILT.equals(this.view);
	}

	static Change of(long id, String view, String data) {
		return new Change(id, view, ServerSentEvent.builder(data).id(Long.toString(id)).event(view).build());
	}

}
