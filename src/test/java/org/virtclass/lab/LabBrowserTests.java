package org.virtclass.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.virtclass.Axe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student's journey in Debian's headless Chromium: open the lab, click Compare, and
 * see both consoles come up with two different kernels; then send a demo command to both.
 * Screenshots of the result land in target/lab-screenshots.
 */
@Tag("browser")
class LabBrowserTests extends LabAppTestBase {

	private WebDriver browser;

	private Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		profile = Files.createTempDirectory("virtclass-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.findElements(By.id("lab-stop")).stream().filter(WebElement::isEnabled).forEach(WebElement::click);
			browser.quit();
		}
		LabTestSupport.await(Duration.ofSeconds(15), () -> LabTestSupport.labProcesses().isEmpty(),
				"the page's runs are stopped");
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

	@Test
	void compareShowsBothConsolesAndTheKernelDifference() throws IOException {
		browser.get("http://localhost:" + port + "/lab?lang=en");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
		WebElement compare = wait.until((d) -> {
			WebElement b = d.findElement(By.id("lab-compare"));
			return b.isEnabled() ? b : null;
		});
		compare.click();

		String hostKernel = LabClient.anonymous(port).get("/api/lab/capabilities").json().get("hostKernel").asString();
		WebElement vm = browser.findElement(By.cssSelector(".lab-pane[data-kind=VM]"));
		WebElement container = browser.findElement(By.cssSelector(".lab-pane[data-kind=CONTAINER]"));
		wait.until((d) -> kernel(container).equals(hostKernel));
		wait.until((d) -> !kernel(vm).equals("–") && !kernel(vm).isBlank());
		// the guest kernel's own release, written beside it by scripts/lab-setup or
		// scripts/lab-kernel
		String guestKernel = Files.readString(LabTestSupport.kernel().resolveSibling("version")).strip();
		assertThat(kernel(vm)).isNotEqualTo(hostKernel).isEqualTo(guestKernel);
		assertThat(kernel(container)).isEqualTo(hostKernel);

		wait.until((d) -> terminalText(vm).contains("[vm /]") && terminalText(container).contains("[container ~]"));
		assertThat(terminalText(vm) + terminalText(container)).as("no internal line in a console")
			.doesNotContain("@@VIRTCLASS");
		browser.findElements(By.cssSelector(".lab-demo-button"))
			.stream()
			.filter((b) -> "uname -r".equals(b.getAttribute("data-command")))
			.findFirst()
			.orElseThrow()
			.click();
		wait.until((d) -> terminalText(vm).contains("uname -r") && terminalText(container).contains("uname -r"));
		wait.until((d) -> count(terminalText(container), hostKernel) >= 1 && terminalText(vm).contains(kernel(vm)));
		assertThat(browser.findElement(By.cssSelector("tr[data-row=kernel]")).getAttribute("class"))
			.contains("lab-differs");
		assertThat(browser.findElement(By.id("lab-timeline")).findElements(By.tagName("rect"))).isNotEmpty();

		wait.until((d) -> !browser.findElement(By.cssSelector("tr[data-row=bootId] td[data-side=VM]"))
			.getText()
			.equals("–"));
		assertThat(browser.findElement(By.cssSelector("tr[data-row=bootId]")).getAttribute("class"))
			.as("the boot ids differ on any host")
			.contains("lab-differs");

		keyboardReachesEveryButtonAndBothConsolesAndLeavesThem();
		screenshot("desktop-en");
		Axe.check(browser, "lab-running-en");
		browser.manage().window().setSize(new Dimension(390, 2600));
		wait.until((d) -> ((Number) script("return document.documentElement.clientWidth;")).intValue() <= 390);
		assertPhoneLayoutIsReadable();
		assertThat(browser.findElement(By.id("lab-host-slots")).getText()).as("the slots this host got")
			.contains(Runtime.getRuntime().availableProcessors() + " processor cores");
		screenshot("phone-en");
		Axe.check(browser, "lab-running-phone-en");
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get("http://localhost:" + port + "/lab?lang=zh_CN");
		wait.until((d) -> ((Number) script("return document.documentElement.clientWidth;")).intValue() <= 390);
		assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
			.as("the Chinese page on a phone does not scroll sideways")
			.isLessThanOrEqualTo(390);
		assertThat(browser.findElement(By.id("lab-host-slots")).getText()).contains("核心");
		screenshot("phone-zh");
		browser.manage().window().setSize(new Dimension(1280, 1600));
		screenshot("desktop-zh");
	}

	/**
	 * From Stop, Tab walks the demo buttons and then each console; inside a console, Tab
	 * moves on instead of typing a tab (no keyboard trap), and the console shows a focus
	 * ring.
	 */
	private void keyboardReachesEveryButtonAndBothConsolesAndLeavesThem() {
		script("document.getElementById('lab-stop').focus();");
		assertThat(script("return document.activeElement.id;")).isEqualTo("lab-stop");
		List<String> demo = browser.findElements(By.cssSelector(".lab-demo-button"))
			.stream()
			.filter(WebElement::isEnabled)
			.map((b) -> b.getAttribute("data-command"))
			.toList();
		assertThat(demo).isNotEmpty();
		List<String> reached = new java.util.ArrayList<>();
		for (int i = 0; i < 40 && !reached.contains("after:container"); i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			String where = (String) script("var a = document.activeElement; var t = a.closest('.lab-terminal');"
					+ "if (t) { return 'console:' + t.id; }"
					+ "return a.classList.contains('lab-demo-button') ? 'demo:' + a.dataset.command : 'other:' + a.tagName;");
			if (where.startsWith("console:")) {
				Object ring = script("var s = getComputedStyle(document.activeElement.closest('.lab-terminal'));"
						+ "return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);");
				assertThat(((Number) ring).doubleValue()).as("focus ring on %s", where).isGreaterThanOrEqualTo(2.0);
			}
			else if (reached.contains("console:lab-terminal-container")) {
				where = "after:container";
			}
			reached.add(where);
		}
		for (String command : demo) {
			assertThat(reached).contains("demo:" + command);
		}
		assertThat(reached).containsSubsequence("console:lab-terminal-vm", "console:lab-terminal-container",
				"after:container");
		assertThat(reached.indexOf("demo:" + demo.get(demo.size() - 1)))
			.as("the buttons come before the consoles, in reading order")
			.isLessThan(reached.indexOf("console:lab-terminal-vm"));
	}

	/**
	 * At 390 px: nothing scrolls sideways, every summary cell is wide enough for words
	 * (the table had squeezed to one character per column), and no two labels of the
	 * timeline overlap.
	 */
	@SuppressWarnings("unchecked")
	private void assertPhoneLayoutIsReadable() {
		assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
			.as("the page does not scroll sideways")
			.isLessThanOrEqualTo(390);
		List<Number> cellWidths = (List<Number>) script("""
				return Array.from(document.querySelectorAll('.lab-summary tbody th, .lab-summary tbody td'))
				  .map(function (c) { return c.getBoundingClientRect().width; });""");
		assertThat(cellWidths).hasSizeGreaterThanOrEqualTo(11 * 5);
		assertThat(cellWidths)
			.allSatisfy((w) -> assertThat(w.doubleValue()).as("summary cell width").isGreaterThan(100));
		List<List<Number>> boxes = (List<List<Number>>) script("""
				return Array.from(document.querySelectorAll('#lab-timeline text')).map(function (t) {
				  var r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });""");
		assertThat(boxes).as("timeline labels").hasSizeGreaterThanOrEqualTo(4);
		for (int i = 0; i < boxes.size(); i++) {
			List<Number> a = boxes.get(i);
			assertThat(a.get(3).doubleValue() - a.get(1).doubleValue()).as("label height in px")
				.isGreaterThanOrEqualTo(10);
			assertThat(a.get(0).doubleValue()).as("label inside the screen").isGreaterThanOrEqualTo(0);
			assertThat(a.get(2).doubleValue()).as("label inside the screen").isLessThanOrEqualTo(390);
			for (int j = i + 1; j < boxes.size(); j++) {
				List<Number> b = boxes.get(j);
				boolean apart = a.get(2).doubleValue() <= b.get(0).doubleValue()
						|| b.get(2).doubleValue() <= a.get(0).doubleValue()
						|| a.get(3).doubleValue() <= b.get(1).doubleValue()
						|| b.get(3).doubleValue() <= a.get(1).doubleValue();
				assertThat(apart).as("timeline labels %s and %s overlap", a, b).isTrue();
			}
		}
	}

	private Object script(String code) {
		return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(code);
	}

	private static String kernel(WebElement pane) {
		return pane.findElement(By.cssSelector("[data-field=kernel]")).getText().strip();
	}

	private static String terminalText(WebElement pane) {
		List<WebElement> rows = pane.findElements(By.cssSelector(".xterm-rows > div"));
		StringBuilder text = new StringBuilder();
		rows.forEach((r) -> text.append(r.getText()).append('\n'));
		return text.toString();
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private void screenshot(String name) throws IOException {
		Path dir = Path.of("target/lab-screenshots");
		Files.createDirectories(dir);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

}
