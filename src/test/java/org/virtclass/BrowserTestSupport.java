package org.virtclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: Debian's headless Chromium driven by chromedriver against the app
 * on a random port. One browser per test class; screenshots of failures land in
 * {@code target/screenshots}.
 * <p>
 * Failsafe runs test classes concurrently (most of a browser test is waiting for
 * Chromium, the app or a timer), so each class keeps its own browser, and the classes
 * that share state in the one app they all use say so with a {@link ResourceLock}: a
 * class that edits the knowledge base takes {@link #KNOWLEDGE_BASE} for writing and runs
 * alone among these classes, the others read it; the live-class tests share {@link #LIVE}
 * (the app's clock, which one of them moves, and the joins per address).
 */
@Tag("browser")
@ResourceLock(value = BrowserTestSupport.KNOWLEDGE_BASE, mode = ResourceAccessMode.READ)
public abstract class BrowserTestSupport extends AppTestSupport {

	/** The knowledge base of the app the browser tests share. */
	public static final String KNOWLEDGE_BASE = "virtclass.app.knowledge-base";

	/** Live sessions of the app the browser tests share, and its clock. */
	public static final String LIVE = "virtclass.app.live";

	private static final Map<Class<?>, WebDriver> browsers = new ConcurrentHashMap<>();

	/** This test class's browser. */
	protected WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser(TestInfo info) throws IOException {
		Path chromium = Path.of("/usr/bin/chromium");
		Path driver = Path.of("/usr/bin/chromedriver");
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			throw new IllegalStateException(
					"Browser tests need Debian's chromium and chromium-driver: run scripts/test-setup");
		}
		browsers.put(info.getTestClass().orElseThrow(), chromium("virtclass-chromium-", 1280, 1000));
	}

	@BeforeEach
	void useTheClassBrowser() {
		this.browser = browsers.get(getClass());
	}

	/**
	 * Another headless Chromium with its own profile (cookies, session) and window size,
	 * for a second user in the same test.
	 */
	protected static WebDriver chromium(String profilePrefix, int width, int height) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Path.of("/usr/bin/chromium").toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + Files.createTempDirectory(profilePrefix),
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** A student's phone: another browser with its own cookies, 390x844. */
	protected static WebDriver phone() throws IOException {
		WebDriver phone = chromium("virtclass-phone-", 390, 844);
		phone.manage().window().setSize(new Dimension(390, 844));
		return phone;
	}

	@AfterAll
	static void stopBrowser(TestInfo info) {
		WebDriver browser = browsers.remove(info.getTestClass().orElseThrow());
		if (browser != null) {
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	protected WebElement waitFor(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks something that loads a new page (a link, a form's submit button) and returns
	 * once the new page has loaded, so that the next {@link #waitFor} cannot find an
	 * element of the page being left. The old page gets a mark in its window object; the
	 * new page is the one without it.
	 */
	protected void clickToLoad(By by) {
		clickToLoad(browser, by);
	}

	protected void clickToLoad(WebElement element) {
		clickToLoad(browser, element);
	}

	protected static void clickToLoad(WebDriver driver, By by) {
		clickToLoad(driver, driver.findElement(by));
	}

	protected static void clickToLoad(WebDriver driver, WebElement element) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.virtclassPageLeft = true;");
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50)).until((d) -> {
			try {
				return Boolean.TRUE.equals(js
					.executeScript("return window.virtclassPageLeft !== true && document.readyState === 'complete';"));
			}
			catch (WebDriverException ex) {
				return false; // asked in the middle of the navigation: ask again
			}
		});
	}

	protected void waitForText(By by, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/**
	 * Runs axe-core on the page shown now: serious and critical violations fail the test,
	 * moderate and minor ones are printed. Call it on every page and every state worth a
	 * look.
	 */
	protected void checkAccessibility(String state) {
		Axe.check(browser, state);
	}

	protected void phoneWidth() {
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	protected void desktopWidth() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

	protected void screenshot(String name) throws IOException {
		screenshot(browser, name);
	}

	protected static void screenshot(WebDriver driver, String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	/** Logs the main browser in as the test instructor, unless it is already. */
	protected void logInAsInstructor() {
		open("/?lang=en");
		if (!browser.findElements(By.cssSelector(".logout-form")).isEmpty()) {
			return;
		}
		open("/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(INSTRUCTOR);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type='submit']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** A student joins a live session from the join page under a nickname. */
	protected void joinAsPlayer(WebDriver student, String code, String nickname, String lang) {
		student.get(url("/join?code=" + code + "&lang=" + lang));
		new WebDriverWait(student, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname")));
		student.findElement(By.id("nickname")).sendKeys(nickname);
		student.findElement(By.id("join")).click();
	}

}
