package org.cordon.quarantine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Operators keep one file per person in quarantine here; every change is announced on
 * {@code quarantine.events} with the person's opaque id only. Names, ID numbers, phones
 * and addresses never leave this service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuarantineApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuarantineApplication.class, args);
	}

}
