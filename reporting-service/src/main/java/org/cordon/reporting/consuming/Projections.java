package org.cordon.reporting.consuming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Every projection, by the topic it applies; the consumer subscribes to exactly these. A
 * topic several views read (its context's own views and the daily bulletin's) has their
 * projections applied as one, in the order they were given.
 */
@Component("projections")
public class Projections {

	private final Map<String, Projection<?>> byTopic = new LinkedHashMap<>();

	Projections(List<Projection<?>> projections) {
		Map<String, List<Projection<?>>> grouped = new LinkedHashMap<>();
		for (Projection<?> projection : projections) {
			grouped.computeIfAbsent(projection.topic(), (topic) -> new ArrayList<>()).add(projection);
		}
		grouped.forEach((topic, ofTopic) -> this.byTopic.put(topic, ProjectionsOfATopic.of(ofTopic)));
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
