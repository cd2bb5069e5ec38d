package org.cordon.testsupport;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.awaitility.Awaitility.await;

/**
 * What a write service stored and published: rows of its own tables, and the records of
 * its topic once its outbox has drained, so that "nothing was published" is read only
 * after everything that would be has been.
 */
public final class ServiceRecords {

	private static final String CE_TYPE = "ce_type";

	private final DatabaseClient database;

	private final String bootstrap;

	private final String topic;

	/**
	 * @param database the service's database
	 * @param bootstrap the broker
	 * @param topic the service's topic
	 */
	public ServiceRecords(DatabaseClient database, String bootstrap, String topic) {
		this.database = database;
		this.bootstrap = bootstrap;
		this.topic = topic;
	}

	/**
	 * Waits until the relay has published every event the service stored.
	 */
	public void awaitOutboxEmpty() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.database.sql("select count(*) as n from outbox")
				.map((row) -> row.get("n", Long.class))
				.one()
				.block() == 0);
	}

	/**
	 * @param key the record key (the aggregate's id)
	 * @return every record of the topic with that key, once the outbox has drained
	 */
	public List<ConsumerRecord<String, byte[]>> publishedFor(String key) {
		awaitOutboxEmpty();
		return TopicRecords.readKey(this.bootstrap, this.topic, key);
	}

	/**
	 * @param key the record key
	 * @return the type of each record with that key, without {@code cordon.<context>.}
	 * (e.g. {@code PersonRegistered.v1})
	 */
	public List<String> typesPublishedFor(String key) {
		return publishedFor(key).stream().map((record) -> {
			String type = TopicRecords.header(record, CE_TYPE);
			return type.substring(type.indexOf('.', "cordon.".length()) + 1);
		}).toList();
	}

	/**
	 * @param table a table of the service
	 * @param idColumn a column of it
	 * @param id a value
	 * @return how many rows hold that value
	 */
	public long rows(String table, String idColumn, Object id) {
		return this.database.sql("select count(*) as n from " + table + " where " + idColumn + " = $1")
			.bind(0, id)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

}
