package org.cordon.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /swagger-ui.html}: Swagger UI from its WebJar (served under {@code /webjars/}),
 * showing {@code /v3/api-docs}. Nothing comes from a CDN.
 */
@RestController
class SwaggerUiController {

	private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

	private final String page;

	SwaggerUiController() {
		String assets = "/webjars/swagger-ui/" + webjarVersion() + "/";
		this.page = """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="UTF-8">
				<title>Cordon API</title>
				<link rel="stylesheet" type="text/css" href="%1$sswagger-ui.css">
				<link rel="stylesheet" type="text/css" href="%1$sindex.css">
				<link rel="icon" type="image/png" href="%1$sfavicon-32x32.png" sizes="32x32">
				</head>
				<body>
				<div id="swagger-ui"></div>
				<script src="%1$sswagger-ui-bundle.js" charset="UTF-8"></script>
				<script src="%1$sswagger-ui-standalone-preset.js" charset="UTF-8"></script>
				<script src="/swagger-ui/cordon-initializer.js" charset="UTF-8"></script>
				</body>
				</html>
				""".formatted(assets);
	}

	@GetMapping("/swagger-ui.html")
	ResponseEntity<String> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.page);
	}

	/**
	 * The WebJar's version, so that the page follows the dependency without a second
	 * place to update.
	 */
	private static String webjarVersion() {
		try (InputStream in = new ClassPathResource(WEBJAR_PROPERTIES).getInputStream()) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the swagger-ui WebJar is missing", ex);
		}
	}

}
