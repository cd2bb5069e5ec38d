package org.cordon.gateway.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /}: the command dashboard, for anyone logged in (a browser without a session
 * is sent to the login form by the access table). The page names the ECharts file of the
 * WebJar on the class path, so the version lives in one place, the pom; its scripts and
 * styles come from {@code /dashboard/} and {@code /webjars/}, never from elsewhere.
 */
@RestController
class DashboardController {

	/**
	 * Only this site's own scripts, styles and connections. Inline styles are allowed
	 * because ECharts positions its tooltips with them; inline scripts are not.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'"
			+ " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
			+ " frame-ancestors 'none'; base-uri 'none'";

	private static final String TEMPLATE = "dashboard/index.html";

	private static final String ECHARTS_PROPERTIES = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

	private final String page;

	DashboardController() {
		this.page = read(TEMPLATE).replace("{{echarts}}",
				"/webjars/echarts/" + version(ECHARTS_PROPERTIES) + "/dist/echarts.min.js");
	}

	@GetMapping("/")
	ResponseEntity<String> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("Referrer-Policy", "same-origin")
			.body(this.page);
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the dashboard page " + resource + " is missing", ex);
		}
	}

	private static String version(String properties) {
		try (InputStream in = new ClassPathResource(properties).getInputStream()) {
			Properties loaded = new Properties();
			loaded.load(in);
			return loaded.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the ECharts WebJar is missing", ex);
		}
	}

}
