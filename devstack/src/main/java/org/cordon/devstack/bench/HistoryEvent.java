package org.cordon.devstack.bench;

/**
 * One event of the loaded history, as an outbox relay would publish it.
 *
 * @param topic its context's topic
 * @param type its {@code ce_type}
 * @param key the record key and {@code ce_subject}
 * @param data the event's data as JSON, in its contract's format
 */
record HistoryEvent(String topic, String type, String key, String data) {

	String source() {
		return "/cordon/" + this.topic.substring(0, this.topic.indexOf('.')) + "-service";
	}

}
