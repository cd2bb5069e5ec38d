package org.cordon.reporting.consuming;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.reporting.CheckpointEventsProducer;
import org.cordon.reporting.ReportingApi;
import org.cordon.reporting.ReportingServiceTest;

/**
 * What the consuming tests start from: the running service, a producer of checkpoint
 * events, and a handle on the consumer group to stop, rewind and restart it.
 */
@ReportingServiceTest
abstract class ConsumingIntegrationTest {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	DatabaseClient database;

	@Autowired
	MeterRegistry meters;

	@Autowired
	KafkaProperties kafka;

	ReportingApi api;

	CheckpointEventsProducer events;

	ConsumerGroup group;

	@BeforeEach
	void connect() {
		this.api = new ReportingApi(this.port);
		this.events = new CheckpointEventsProducer(this.bootstrap);
		this.group = new ConsumerGroup(this.listeners, this.database, this.meters, this.bootstrap,
				this.kafka.getConsumer().getGroupId());
	}

}
