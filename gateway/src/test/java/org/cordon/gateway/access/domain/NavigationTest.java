package org.cordon.gateway.access.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@ParameterizedTest(name = "{0} {1} ({2}): {3}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			GET    | /                              | browser          | true
			GET    | /dashboard                     | browser          | true
			HEAD   | /                              | browser          | true
			GET    | /api/views/bulletin            | browser          | false
			GET    | //api/views/bulletin           | browser          | false
			GET    | /actuator/info                 | browser          | false
			GET    | /v3/api-docs                   | browser          | false
			POST   | /                              | browser          | false
			GET    | /                              | application/json | false
			GET    | /                              | */*              | false
			GET    | /                              | null             | false
			""")
	void aBrowserOpeningAPageOutsideTheApiIsANavigation(String method, String path, String accept, boolean page) {
		assertThat(Navigation.isPage(method, path, "browser".equals(accept) ? BROWSER : accept)).isEqualTo(page);
	}

}
