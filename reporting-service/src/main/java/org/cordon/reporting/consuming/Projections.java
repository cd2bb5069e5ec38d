package org.cordon.reporting.consuming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Every projection, by the topic it applies; the consumer subscribes to exactly these.
 */
@Component("projections")
public class Projections {

	private final Map<String, Projection<?>> byTopic = new LinkedHashMap<>();

	Projections(List<Projection<?>> projections) {
		for (Projection<?> projection : projections) {
			if (this.byTopic.putIfAbsent(projection.topic(), projection) != null) {
				throw new IllegalStateException("Two projections for " + projection.topic());
			}
		}
	}

	/**
	 * @return the topics to consume, for the listener's subscription
	 */
	public String[] topics() {
		return this.byTopic.keySet().toArray(String[]::new);
	}

	/**
	 * @param topic a consumed topic
	 * @return its projection
	 */
	Projection<?> of(String topic) {
		Projection<?> projection = this.byTopic.get(topic);
		if (projection == null) {
			throw new IllegalArgumentException("No projection for " + topic);
		}
		return projection;
	}

}
