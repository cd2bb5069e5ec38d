package org.cordon.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Keeps the views the dashboard reads, built from the events on Kafka, and streams every
 * change of them to its subscribers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportingApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportingApplication.class, args);
	}

}
