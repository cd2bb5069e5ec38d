package org.cordon.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command dashboard in a headless Chromium, as a person sees it: log in through the
 * form, read a figure by its {@code data-figure} name, see the live stream's state, press
 * keys, take a screenshot. Uses Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}); nothing is downloaded.
 */
final class DashboardPage implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("cordon.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("cordon.chromedriver", "/usr/bin/chromedriver"));

	/** Room for a busy machine: the views lag the writes by more than usual there. */
	private static final Duration WAIT = Duration.ofSeconds(60);

	private final ChromeDriver driver;

	private final String baseUrl;

	private DashboardPage(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts a headless Chromium with a 1366×768 window, in Chinese as a person in the
	 * command centre would have it.
	 * @param baseUrl the gateway's (or a relay's) base URL
	 * @return the browser, on no page yet
	 */
	static DashboardPage start(String baseUrl) {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium)").isExecutable();
		assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1366,768", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1366, 768));
		driver.manage().timeouts().pageLoadTimeout(WAIT);
		return new DashboardPage(driver, baseUrl);
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a page of the site, e.g. {@code /?region=…&from=…&to=…}.
	 * @param pathAndQuery the path with its query
	 * @return this page
	 */
	DashboardPage open(String pathAndQuery) {
		this.driver.get(this.baseUrl + pathAndQuery);
		return this;
	}

	/**
	 * Fills in the login form the browser was sent to and waits for the dashboard.
	 * @param username the username
	 * @param password the password
	 * @return this page
	 */
	DashboardPage logIn(String username, String password) {
		await().atMost(WAIT).until(() -> currentPath().equals("/login"));
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		return awaitReady();
	}

	/**
	 * Waits until the dashboard has read who is logged in and started its stream.
	 * @return this page
	 */
	DashboardPage awaitReady() {
		await().atMost(WAIT)
			.until(() -> currentPath().equals("/")
					&& "true".equals(this.driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		return this;
	}

	String currentPath() {
		return (String) script("return window.location.pathname");
	}

	/**
	 * The raw value of a figure.
	 * @param name its {@code data-figure} name, e.g.
	 * {@code checkpoints.range.vehiclesInspected}
	 * @return the value, when the page shows that figure
	 */
	Optional<String> value(String name) {
		// read in one script: the page redraws its figures, so an element found first may
		// be gone by the time it is asked for its value
		return Optional.ofNullable((String) script(
				"const e = document.querySelector('[data-figure=\"' + CSS.escape(arguments[0]) + '\"]');"
						+ " return e ? e.dataset.value : null;",
				name));
	}

	/**
	 * Waits until a whole-number figure shows the expected value.
	 * @param name the figure's name
	 * @param expected the value
	 */
	void awaitFigure(String name, long expected) {
		await().atMost(WAIT)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(value(name)).as(name).contains(Long.toString(expected)));
	}

	/**
	 * @param name the figure's name
	 * @return the figure as the person reads it (formatted for the page's language)
	 */
	String shown(String name) {
		return (String) script(
				"return document.querySelector('[data-figure=\"' + CSS.escape(arguments[0]) + '\"]')" + ".textContent",
				name);
	}

	/**
	 * @return {@code connecting}, {@code live}, {@code reconnecting} or {@code stopped}
	 */
	String streamState() {
		return this.driver.findElement(By.id("stream-status")).getDomAttribute("data-stream-state");
	}

	String streamText() {
		return this.driver.findElement(By.id("stream-status")).getText();
	}

	void awaitStreamState(String expected) {
		await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> expected.equals(streamState()));
	}

	/**
	 * Leaves a mark in the page's window that a reload would wipe out.
	 */
	void mark() {
		script("window.cordonTestMark = 'still here'");
	}

	boolean stillMarked() {
		return "still here".equals(script("return window.cordonTestMark"));
	}

	/**
	 * @return every visible button, link, field and other control that changes something
	 * in the system (marked {@code data-write-control})
	 */
	List<WebElement> visibleWriteControls() {
		return this.driver.findElements(By.cssSelector("[data-write-control]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
	}

	Optional<WebElement> rebuildButton() {
		return this.driver.findElements(By.id("rebuild")).stream().filter(WebElement::isDisplayed).findFirst();
	}

	/**
	 * Presses Tab and notes where the focus goes, from where it is now: on a page just
	 * loaded, from the top.
	 * @param presses how many times
	 * @return for each press, the focused element's id (or its tag and text)
	 */
	List<String> tabThrough(int presses) {
		List<String> focused = new ArrayList<>();
		Actions keys = new Actions(this.driver);
		for (int i = 0; i < presses; i++) {
			keys.sendKeys(Keys.TAB).perform();
			focused.add(focusedElement());
		}
		return focused;
	}

	/**
	 * @return the focused element's id, or its tag and the start of its text
	 */
	String focusedElement() {
		return (String) script("const e = document.activeElement;"
				+ " return e.id || (e.tagName.toLowerCase() + ':' + e.textContent.trim().slice(0, 20))");
	}

	/**
	 * Moves the focus to an element, as a click would, without moving the pointer.
	 * @param id the element's id
	 */
	void focus(String id) {
		script("document.getElementById('" + id + "').focus()");
	}

	/**
	 * @return whether the page is wider than the window (it would scroll sideways)
	 */
	boolean scrollsSideways() {
		return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth"
				+ " || document.body.scrollWidth > window.innerWidth");
	}

	/**
	 * Saves what the window shows.
	 * @param file a PNG file
	 */
	void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			File taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves the whole page, below the fold too, by making the window as tall as the page
	 * for the moment of the screenshot.
	 * @param file a PNG file
	 */
	void screenshotOfTheWholePage(Path file) {
		Dimension window = this.driver.manage().window().getSize();
		long height = (Long) script("return document.documentElement.scrollHeight");
		this.driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 150));
		try {
			screenshot(file);
		}
		finally {
			this.driver.manage().window().setSize(window);
		}
	}

	Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(javascript, arguments);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
