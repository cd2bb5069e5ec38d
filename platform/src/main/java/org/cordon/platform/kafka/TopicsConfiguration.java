package org.cordon.platform.kafka;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates the service's topics at start-up, in the background: a broker that is away must
 * not stop the service from taking writes (the outbox keeps them), and the publisher
 * creates any topic still missing before it sends.
 */
@AutoConfiguration
@EnableConfigurationProperties(TopicsProperties.class)
public class TopicsConfiguration {

	private static final Log logger = LogFactory.getLog(TopicsConfiguration.class);

	@Bean(destroyMethod = "close")
	Topics topics(KafkaProperties kafka, TopicsProperties properties) {
		return new Topics(kafka.buildAdminProperties(), properties);
	}

	@Bean
	ApplicationRunner createTopicsAtStartup(Topics topics) {
		return (arguments) -> {
			Thread creator = new Thread(() -> {
				try {
					topics.ensure(topics.configured());
				}
				catch (RuntimeException ex) {
					logger.warn("Topics not created at start-up, will retry before publishing: " + ex.getMessage());
				}
			}, "topics-at-startup");
			creator.setDaemon(true);
			creator.start();
		};
	}

}
