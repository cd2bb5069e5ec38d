package org.cordon.platform.trace;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A trace context for every request.
 */
@AutoConfiguration
public class TraceConfiguration {

	@Bean
	TraceparentFilter traceparentFilter() {
		return new TraceparentFilter();
	}

}
