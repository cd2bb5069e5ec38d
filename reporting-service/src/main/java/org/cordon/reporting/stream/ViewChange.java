package org.cordon.reporting.stream;

/**
 * A change of a view as the stream will send it.
 *
 * @param view the view's wire name, the SSE event name
 * @param data the JSON the subscribers receive, serialised once
 */
public record ViewChange(String view, String data) {

}
