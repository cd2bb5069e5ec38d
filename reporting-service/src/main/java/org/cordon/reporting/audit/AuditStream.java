package org.cordon.reporting.audit;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.KafkaException;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

import org.cordon.platform.problem.Problem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.reporting.audit.domain.AuditQuery;

/**
 * Serves audit streams: each a lazy {@link Flux} of lines that reads the log only as the
 * client takes them.
 * <p>
 * A stream's Kafka consumer is used by one thread only: a worker taken from
 * {@link Schedulers#boundedElastic()} for the stream's life, on which the reader is
 * opened, read (one event per request of the client's demand, so a slow client slows the
 * reading and nothing piles up) and closed. The close is queued on that worker whatever
 * ends the stream (completion, an error, or the client going away), after any read in
 * progress; then the worker is given back.
 */
@Service
class AuditStream {

	private final AuditConsumers consumers;

	private final AuditProperties properties;

	private final AuditMetrics metrics;

	AuditStream(AuditConsumers consumers, AuditProperties properties, AuditMetrics metrics) {
		this.consumers = consumers;
		this.properties = properties;
		this.metrics = metrics;
	}

	/**
	 * @param query what to stream
	 * @return the events as lines of JSON, oldest first; fails with a 503 when too many
	 * streams are open or Kafka cannot be reached before the first event
	 */
	Flux<byte[]> events(AuditQuery query) {
		return Flux.defer(() -> {
			if (!this.metrics.tryOpen(this.properties.maxReaders())) {
				return Flux.error(unavailable("Too many audit streams are open; retry later."));
			}
			Scheduler confined = Schedulers.single(Schedulers.boundedElastic());
			AtomicReference<AuditReader> opened = new AtomicReference<>();
			return Flux.<byte[]>generate((sink) -> {
				AuditReader reader = opened.get();
				if (reader == null) {
					reader = new AuditReader(this.consumers.open(), query, this.properties);
					opened.set(reader);
				}
				byte[] line = reader.next();
				if (line != null) {
					sink.next(line);
				}
				else {
					sink.complete();
				}
			})
				.subscribeOn(confined)
				.onErrorMap(KafkaException.class, (ex) -> unavailable("Kafka is unavailable; retry later."))
				.onErrorMap(AuditReader.BrokerSilent.class, (ex) -> unavailable(ex.getMessage()))
				.doFinally((ending) -> confined.schedule(() -> {
					AuditReader reader = opened.get();
					try {
						if (reader != null) {
							reader.close();
						}
					}
					finally {
						this.metrics.closed(ending, (reader != null) ? reader.sent() : 0,
								(reader != null) ? reader.unreadable() : 0);
						confined.dispose();
					}
				}));
		});
	}

	private static ProblemException unavailable(String detail) {
		return new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable", detail));
	}

}
