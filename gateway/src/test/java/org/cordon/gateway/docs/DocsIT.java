package org.cordon.gateway.docs;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class DocsIT {

	@LocalServerPort
	int port;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void theOpenApiDocumentDescribesEveryPublicPathWithoutAKey() {
		Map<?, ?> document = this.api.client()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(document.get("openapi").toString()).startsWith("3.");
		assertThat(ApiDocumentTest.map(document.get("paths")).keySet()).containsAll(ApiDocumentTest.PUBLIC_PATHS);
		this.api.client()
			.get()
			.uri("/v3/api-docs.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((yaml) -> assertThat(yaml).startsWith("openapi: 3"));
	}

	@Test
	void theSwaggerUiPageLoadsWithItsAssetsFromTheWebJar() {
		String page = this.api.client()
			.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
		int found = 0;
		while (assets.find()) {
			found++;
			this.api.client().get().uri(assets.group(1)).exchange().expectStatus().isOk();
		}
		assertThat(found).isGreaterThanOrEqualTo(4);
		assertThat(page).doesNotContain("https://");
		this.api.client()
			.get()
			.uri("/swagger-ui/cordon-initializer.js")
			.exchange()
			.expectBody(String.class)
			.value((script) -> assertThat(script).contains("\"/v3/api-docs\""));
	}

}
