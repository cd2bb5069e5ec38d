package org.cordon.platform.problem;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * Problem+json for every error and the request body limit.
 */
@AutoConfiguration
public class ProblemConfiguration {

	@Bean
	ProblemWriter problemWriter(JsonMapper jsonMapper) {
		return new ProblemWriter(jsonMapper);
	}

	@Bean
	ProblemExceptionHandler problemExceptionHandler(ProblemWriter problemWriter) {
		return new ProblemExceptionHandler(problemWriter);
	}

	@Bean
	BodySizeLimitFilter bodySizeLimitFilter(@Value("${spring.http.codecs.max-in-memory-size:1MB}") DataSize limit,
			ProblemWriter problemWriter) {
		return new BodySizeLimitFilter(limit.toBytes(), problemWriter);
	}

}
