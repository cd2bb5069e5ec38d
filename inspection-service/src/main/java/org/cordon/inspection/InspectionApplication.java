package org.cordon.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Operators record what inspection teams found, its rectification and the officials held
 * to account; issues past their deadline become overdue by themselves. Every change is
 * announced on {@code inspection.events}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionApplication {

	public static void main(String[] args) {
		SpringApplication.run(InspectionApplication.class, args);
	}

}
