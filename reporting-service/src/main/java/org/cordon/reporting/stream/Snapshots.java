package org.cordon.reporting.stream;

import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

import org.cordon.reporting.checkpoints.CheckpointSummaries;
import org.cordon.reporting.stream.domain.View;

/**
 * The {@code snapshot} events a new subscriber starts with: one per view, its data
 * {@code {"view": ..., ...the view}}. Views whose context reporting does not consume yet
 * carry only their name.
 */
@Component
class Snapshots {

	static final String EVENT = "snapshot";

	private final CheckpointSummaries checkpoints;

	private final JsonMapper json;

	Snapshots(CheckpointSummaries checkpoints, JsonMapper json) {
		this.checkpoints = checkpoints;
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
		if (view == View.CHECKPOINTS) {
			return this.checkpoints.today().map((summary) -> {
				JsonNode fields = this.json.valueToTree(summary);
				data.setAll((ObjectNode) fields);
				return data;
			});
		}
		return Mono.just(data);
	}

}
