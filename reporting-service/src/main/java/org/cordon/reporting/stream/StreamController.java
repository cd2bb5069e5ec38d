package org.cordon.reporting.stream;

import java.util.Set;

import reactor.core.publisher.Flux;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.stream.domain.Views;

/**
 * {@code GET /api/stream?views=checkpoints,quarantine,supplies,inspections} (viewer), as
 * {@code text/event-stream}.
 */
@RestController
class StreamController {

	private final LiveStream stream;

	StreamController(LiveStream stream) {
		this.stream = stream;
	}

	@GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<String>> stream(@RequestParam(required = false) String views,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Caller caller) {
		caller.require(Role.VIEWER);
		Set<View> selected;
		try {
			selected = Views.read(views);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid(Views.unknown().field(), Views.unknown().message());
		}
		return this.stream.follow(selected, lastEventId);
	}

}
