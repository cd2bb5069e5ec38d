package org.cordon.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command dashboard in a real headless Chromium against the whole running system: a
 * person logs in through the form, sees the figures, sees a count report posted through
 * the API change them without a reload, loses the connection and sees the page say so,
 * and ends with the right number after it comes back. The browser reaches the gateway
 * through a relay the test can cut ({@link SeveringProxy}). The test's checkpoint is in a
 * region of its own and reports for days in March 2020, so other tests' figures and its
 * own do not mix.
 */
class DashboardBrowserSystemIT {

	static final String REGION = "看板测试区" + UUID.randomUUID().toString().substring(0, 6);

	static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	static final String DAYS = "&from=2020-03-10&to=2020-03-11";

	static Gateway gateway;

	static SeveringProxy proxy;

	static UUID checkpoint;

	@BeforeAll
	static void startCordon() {
		gateway = Gateway.ofTheSystem();
		proxy = SeveringProxy.to(URI.create(gateway.url()).getPort());
		checkpoint = UUID.randomUUID();
		Paced.send(() -> gateway.post("/api/checkpoints", "dev-admin-key", """
				{"checkpointId": "%s", "name": "看板测试卡口", "region": "%s", "kind": "HIGHWAY_EXIT"}"""
			.formatted(checkpoint, REGION)));
		report("2020-03-10T00:00:00+08:00", 120);
		awaitSummary(120);
	}

	@AfterAll
	static void stopRelay() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void aViewerSeesACountReportArriveLiveAndTheRightNumberAfterTheConnectionWasLost() {
		try (DashboardPage page = DashboardPage.start(proxy.url())) {
			page.open(dashboardOfTheTestRegion()).logIn("viewer", "viewer");
			assertThat(new Select(page.driver().findElement(By.id("region"))).getFirstSelectedOption().getText())
				.as("the login came back to the page with its filters")
				.isEqualTo(REGION);
			page.awaitFigure("checkpoints.range.vehiclesInspected", 120);
			page.awaitStreamState("live");
			page.mark();

			report("2020-03-10T12:00:00+08:00", 30);

			page.awaitFigure("checkpoints.range.vehiclesInspected", 150);
			page.awaitFigure("checkpoints.checkpoint." + checkpoint + ".vehiclesInspected", 150);
			page.awaitFigure("checkpoints.day.2020-03-10.vehiclesInspected", 150);
			assertThat(page.shown("checkpoints.range.vehiclesInspected")).isEqualTo("150");
			assertThat(page.stillMarked()).as("the page was not reloaded").isTrue();

			proxy.sever();
			page.awaitStreamState("reconnecting");
			assertThat(page.streamText()).contains("重新连接中");
			report("2020-03-11T08:00:00+08:00", 45);
			awaitSummary(195);
			int headsBefore = proxy.requestHeads().size();
			proxy.restore();

			page.awaitStreamState("live");
			page.awaitFigure("checkpoints.range.vehiclesInspected", 195);
			page.awaitFigure("checkpoints.day.2020-03-11.vehiclesInspected", 45);
			assertThat(page.stillMarked()).as("the page was not reloaded").isTrue();
			List<String> resumed = proxy.requestHeads()
				.subList(headsBefore, proxy.requestHeads().size())
				.stream()
				.filter((head) -> head.startsWith("GET /api/stream"))
				.toList();
			assertThat(resumed).as("the stream was asked again from the last event the page had")
				.isNotEmpty()
				.allMatch((head) -> head.toLowerCase().contains("\r\nlast-event-id: "));
		}
	}

	@Test
	void aViewerHasNoWriteControlsAndAnAdminRebuildsTheViewsFromThePage() {
		try (DashboardPage page = DashboardPage.start(proxy.url())) {
			page.open(dashboardOfTheTestRegion()).logIn("viewer", "viewer");
			page.awaitFigure("checkpoints.range.vehiclesInspected", vehiclesInspectedNow());
			assertThat(page.visibleWriteControls()).isEmpty();
			assertThat(page.rebuildButton()).isEmpty();

			page.driver().findElement(By.id("logout")).click();
			await().atMost(Duration.ofSeconds(20)).until(() -> page.currentPath().equals("/login"));
			page.open(dashboardOfTheTestRegion()).logIn("admin", "admin");
			assertThat(page.rebuildButton()).isPresent();
			assertThat(page.visibleWriteControls()).hasSize(1);

			page.rebuildButton().orElseThrow().click();
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> "DONE"
					.equals(page.driver().findElement(By.id("rebuild-status")).getDomAttribute("data-state")));
			assertThat(page.driver().findElement(By.id("rebuild-status")).getText()).startsWith("重建完成");
			page.awaitFigure("checkpoints.range.vehiclesInspected", vehiclesInspectedNow());
		}
	}

	@Test
	void theDashboardWorksFromTheKeyboardFitsTheScreenAndSpeaksEnglishOnRequest() {
		try (DashboardPage page = DashboardPage.start(proxy.url())) {
			page.open(dashboardOfTheTestRegion()).logIn("viewer", "viewer");
			page.awaitFigure("checkpoints.range.vehiclesInspected", vehiclesInspectedNow());
			page.awaitStreamState("live");

			List<String> order = withoutRepeats(page.tabThrough(16));
			assertThat(order).as("the tab order")
				.startsWith("skip", "language", "logout", "region", "from", "to", "bulletin");
			page.focus("skip");
			page.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
			await().atMost(Duration.ofSeconds(5)).until(() -> "main".equals(page.focusedElement()));

			assertThat(page.scrollsSideways()).as("sideways scrolling at 1366×768").isFalse();
			Number figureSize = (Number) page.script("return parseFloat(getComputedStyle(document.querySelector("
					+ "'[data-figure=\"checkpoints.range.vehiclesInspected\"]')).fontSize)");
			assertThat(figureSize.doubleValue()).as("the figures' size in pixels").isGreaterThanOrEqualTo(24);
			assertThat(unlabelledControls(page)).isEmpty();
			assertThat(lowContrastText(page)).as("text below 4.5:1 against its background").isEmpty();
			page.script("document.activeElement.blur(); window.scrollTo(0, 0)");
			page.screenshot(Path.of("target", "dashboard.png"));
			page.screenshotOfTheWholePage(Path.of("target", "dashboard-full.png"));

			page.driver().findElement(By.id("language")).click();
			assertThat(page.script("return document.documentElement.lang")).isEqualTo("en");
			assertThat(page.driver().findElement(By.cssSelector("label[for=region]")).getText()).isEqualTo("Region");
			page.driver().navigate().refresh();
			page.awaitReady();
			assertThat(page.script("return document.documentElement.lang")).as("the language is remembered")
				.isEqualTo("en");
			page.awaitStreamState("live");
			assertThat(page.streamText()).contains("Live");
			page.screenshot(Path.of("target", "dashboard-en.png"));
		}
	}

	/**
	 * The vehicles inspected in the test's region and days now: the other tests of this
	 * class may have run first and posted more.
	 */
	private static long vehiclesInspectedNow() {
		return readVehicles();
	}

	private static List<String> withoutRepeats(List<String> focused) {
		List<String> order = new ArrayList<>();
		for (String id : focused) {
			if (order.isEmpty() || !order.get(order.size() - 1).equals(id)) {
				order.add(id);
			}
		}
		return order;
	}

	@SuppressWarnings("unchecked")
	private static List<String> unlabelledControls(DashboardPage page) {
		return (List<String>) page.script("""
				return [...document.querySelectorAll('button, select, input, a[href], progress')]
				  .filter((e) => e.offsetParent !== null || e.tagName === 'PROGRESS')
				  .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
				     && !e.textContent.trim())
				  .map((e) => e.outerHTML.slice(0, 80));""");
	}

	/**
	 * Every visible element with text of its own whose colour has less than 4.5:1
	 * contrast (WCAG 2) against the first opaque background behind it.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> lowContrastText(DashboardPage page) {
		return (List<String>) page
			.script("""
					const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
					const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
					  .map((v) => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
					  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
					const background = (e) => {
					  for (; e; e = e.parentElement) {
					    const c = rgb(getComputedStyle(e).backgroundColor);
					    if (c.length < 4 || c[3] === 1) { return c; }
					  }
					  return [255, 255, 255];
					};
					return [...document.querySelectorAll('body *')]
					  .filter((e) => e.offsetParent !== null && !e.closest('.chart, .skip')
					    && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
					  .map((e) => {
					    const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))];
					    return [e, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
					  })
					  .filter(([e, ratio]) => ratio < 4.5)
					  .map(([e, ratio]) => e.tagName + ' ' + ratio.toFixed(2) + ' ' + e.textContent.trim().slice(0, 30));""");
	}

	private static String dashboardOfTheTestRegion() {
		return "/?region=" + URLEncoder.encode(REGION, StandardCharsets.UTF_8) + DAYS;
	}

	private static void report(String periodStart, int vehiclesInspected) {
		OffsetDateTime start = OffsetDateTime.parse(periodStart);
		String body = """
				{"reportId": "%s", "periodStart": "%s", "periodEnd": "%s",
				 "vehiclesInspected": %d, "vehiclesInbound": 10, "vehiclesTurnedBack": 2,
				 "personsChecked": 40, "personsInbound": 20, "personsTurnedBack": 1,
				 "trains": 0, "trainPassengersArrived": 0, "feverDetected": 0}""".formatted(UUID.randomUUID(),
				RFC_3339.format(start), RFC_3339.format(start.plusHours(12)), vehiclesInspected);
		EntityExchangeResult<byte[]> answer = Paced
			.send(() -> gateway.post("/api/checkpoints/" + checkpoint + "/counts", "dev-checkpoint-key", body));
		assertThat(answer.getStatus().value()).as(answer.toString()).isEqualTo(202);
	}

	@SuppressWarnings("unchecked")
	private static long readVehicles() {
		Map<String, Object> summary = gateway
			// the client encodes the URI template itself: the region goes in as it is
			.get("/api/views/checkpoints/summary?region=" + REGION + DAYS, "dev-viewer-key")
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return ((Number) ((Map<String, Object>) summary.get("totals")).get("vehiclesInspected")).longValue();
	}

	private static void awaitSummary(long expected) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(readVehicles()).isEqualTo(expected));
	}

}
