package org.cordon.quarantine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After each test class, reads every record on {@code quarantine.events} (keys, headers
 * and data) and fails when one holds a name, ID number, phone or address that any test of
 * this JVM posted. Run after every class, the last run covers every event the tests
 * published.
 */
class NoPersonalDataOnTheTopic implements AfterAllCallback {

	@Override
	public void afterAll(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		QuarantineApi api = new QuarantineApi(0, application.getBean(DatabaseClient.class),
				application.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers"));
		api.awaitOutboxEmpty();
		List<ConsumerRecord<String, byte[]>> records = TopicRecords.readAll(api.bootstrap(), QuarantineApi.TOPIC);
		List<String> leaks = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			StringBuilder text = new StringBuilder(record.key()).append('\n').append(TopicRecords.value(record));
			for (Header header : record.headers()) {
				text.append('\n').append(new String(header.value(), StandardCharsets.UTF_8));
			}
			PostedPersonalData.foundIn(text.toString())
				.forEach((value) -> leaks
					.add(record.topic() + "-" + record.partition() + "@" + record.offset() + " holds a posted value"));
		}
		assertThat(PostedPersonalData.all()).as("the tests posted personal data to look for").isNotEmpty();
		assertThat(leaks)
			.as("records on %s holding posted personal data, of %d records", QuarantineApi.TOPIC, records.size())
			.isEmpty();
	}

}
