package org.cordon.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.cordon.gateway.Browser;
import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class DashboardIT {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern LOCAL_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");

	private static final Pattern MODULE_IMPORT = Pattern.compile("from '\\./([a-z0-9]+\\.js)'");

	@LocalServerPort
	int port;

	GatewayApi api;

	Browser browser;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
		this.browser = new Browser(this.port);
	}

	@Test
	void anAnonymousBrowserIsSentToTheLoginFormAndComesBackToTheDashboard() {
		this.browser.navigate("/").expectStatus().isFound().expectHeader().location("/login?continue=%2F");
		this.browser.navigate("/dashboard/main.js").expectStatus().isFound();
		this.browser.get("/dashboard/main.js").expectStatus().isUnauthorized();

		String username = newUser("viewer");
		this.browser.logIn(username, PASSWORD);

		this.browser.navigate("/").expectStatus().isOk();
	}

	@Test
	void anyLoggedInPersonGetsThePageWithItsOwnPolicy() {
		for (String role : List.of("viewer", "auditor", "operator", "admin")) {
			Browser person = new Browser(this.port).logIn(newUser(role), PASSWORD);
			person.navigate("/")
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader()
				.valueMatches("Content-Security-Policy", ".*default-src 'none'; script-src 'self';.*")
				.expectHeader()
				.valueEquals("Cache-Control", "no-store");
		}
	}

	@Test
	void thePageAndItsScriptsLoadFromTheGatewayAloneWithEChartsFromItsWebJar() {
		this.browser.logIn(newUser("viewer"), PASSWORD);
		String page = this.browser.navigate("/")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("<html lang=\"zh-CN\">", "<a id=\"skip\" class=\"skip\" href=\"#main\"",
				"src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"", "type=\"module\" src=\"/dashboard/main.js\"");
		assertThat(page).doesNotContainPattern("(?i)https?://|//[a-z0-9.-]+\\.[a-z]{2,}/");
		List<String> assets = new ArrayList<>();
		Matcher matcher = LOCAL_ASSET.matcher(page);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).contains("/dashboard/dashboard.css", "/dashboard/main.js");
		for (String asset : assets) {
			if (asset.startsWith("/api/")) {
				continue; // the bulletin link, served by reporting-service
			}
			byte[] body = assets().get()
				.uri(asset)
				.cookies((sent) -> this.browser.cookies().forEach(sent::add))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			assertThat(body).as(asset).isNotEmpty();
		}
		String echarts = assets().get()
			.uri("/webjars/echarts/5.3.1/dist/echarts.min.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(echarts).contains("echarts");
	}

	@Test
	void everyModuleOfTheDashboardIsServedAndNoneReachesElsewhere() {
		this.browser.logIn(newUser("viewer"), PASSWORD);
		List<String> modules = new ArrayList<>(List.of("main.js"));
		for (int i = 0; i < modules.size(); i++) {
			String script = this.browser.get("/dashboard/" + modules.get(i))
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(script).as(modules.get(i)).doesNotContainPattern("(?i)https?://");
			Matcher imports = MODULE_IMPORT.matcher(script);
			while (imports.find()) {
				if (!modules.contains(imports.group(1))) {
					modules.add(imports.group(1));
				}
			}
		}
		assertThat(modules).contains("api.js", "i18n.js", "render.js", "stream.js");
		this.browser.get("/dashboard/dashboard.css")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((css) -> assertThat(css).doesNotContainPattern("(?i)https?://|@import"));
	}

	/**
	 * A client that takes the whole ECharts file (about 1 MB) in one piece.
	 */
	private WebTestClient assets() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build();
	}

	private String newUser(String role) {
		String username = "dash-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.api.createUser(username, PASSWORD, role);
		return username;
	}

}
