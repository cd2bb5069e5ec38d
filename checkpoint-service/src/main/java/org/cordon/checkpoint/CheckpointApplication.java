package org.cordon.checkpoint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Checkpoints post their counts, turnbacks and fevers here; every accepted change is
 * announced on {@code checkpoint.events}.
 */
@SpringBootApplication
public class CheckpointApplication {

	public static void main(String[] args) {
		SpringApplication.run(CheckpointApplication.class, args);
	}

}
