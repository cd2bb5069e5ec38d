package org.cordon.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {

	@Test
	void multiLineKeysAndQuotesSurviveAsJsonStrings() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 8081);
		properties.put("cordon.gateway.dev-keys", true);
		properties.put("cordon.identity.public-key", "-----BEGIN PUBLIC KEY-----\nAB\"C\\\n-----END PUBLIC KEY-----\n");

		assertThat(Json.object(properties)).isEqualTo("{\"server.port\":8081,\"cordon.gateway.dev-keys\":true,"
				+ "\"cordon.identity.public-key\":\"-----BEGIN PUBLIC KEY-----\\nAB\\\"C\\\\\\n-----END PUBLIC KEY-----\\n\"}");
	}

}
