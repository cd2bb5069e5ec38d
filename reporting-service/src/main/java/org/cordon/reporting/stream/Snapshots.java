package org.cordon.reporting.stream;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

import org.cordon.reporting.stream.domain.View;

/**
 * The {@code snapshot} events a new subscriber starts with: one per view, its data
 * {@code {"view": ..., ...the view}}. Views whose context reporting does not consume yet
 * carry only their name.
 */
@Component
class Snapshots {

	static final String EVENT = "snapshot";

	private final Map<View, ViewSnapshot> byView = new EnumMap<>(View.class);

	private final JsonMapper json;

	Snapshots(List<ViewSnapshot> snapshots, JsonMapper json) {
		snapshots.forEach((snapshot) -> this.byView.put(snapshot.view(), snapshot));
		this.json = json;
	}

	/**
	 * @param views the views asked for
	 * @param covered the newest change the snapshots include; their SSE id, so a client
	 * that reconnects resumes after them instead of starting over
	 * @return one event per view
	 */
	Flux<ServerSentEvent<String>> of(Set<View> views, long covered) {
		return Flux.fromIterable(views)
			.concatMap(this::view)
			.map((data) -> ServerSentEvent.builder(this.json.writeValueAsString(data))
				.event(EVENT)
				.id(Long.toString(covered))
				.build());
	}

	private Mono<ObjectNode> view(View view) {
		ObjectNode data = this.json.createObjectNode().put("view", view.wireName());
		ViewSnapshot snapshot = this.byView.get(view);
		if (snapshot == null) {
			return Mono.just(data);
		}
		return snapshot.now().map((now) -> {
			data.setAll((ObjectNode) this.json.valueToTree(now));
			return data;
		});
	}

}
