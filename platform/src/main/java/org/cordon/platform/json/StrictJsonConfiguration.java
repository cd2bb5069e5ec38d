package org.cordon.platform.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Applies {@link StrictJson} to the mapper Spring uses for request and response bodies.
 */
@AutoConfiguration
public class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonCustomizer() {
		return StrictJson::configure;
	}

}
