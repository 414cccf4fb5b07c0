package org.virtclass.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.virtclass.Axe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class demo in two real browsers: the instructor (signed in, 1366×768) starts it and
 * drives it; a student (not signed in, a 390×844 phone) opens the viewer link and watches
 * both consoles answer the instructor's command, while the instructor's page counts the
 * student. Screenshots land in target/lab-screenshots.
 */
@Tag("browser")
class ClassDemoBrowserTests extends LabAppTestBase {

	private final List<WebDriver> browsers = new ArrayList<>();

	private final List<Path> profiles = new ArrayList<>();

	private String code;

	@AfterEach
	void closeBrowsers() throws IOException {
		browsers.forEach(WebDriver::quit);
		if (code != null) {
			LabInstructor.signIn(port)
				.postForm("/instructor/lab/demo", "/instructor/lab/demo/" + code + "/stop", java.util.Map.of());
		}
		LabTestSupport.await(Duration.ofSeconds(15), () -> LabTestSupport.labProcesses().isEmpty(),
				"the demo's runs are stopped");
		for (Path profile : profiles) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	@Test
	void aStudentWatchesBothConsolesOnAPhoneAndTheInstructorSeesTheCount() throws IOException {
		WebDriver teacher = browser(1366, 768);
		teacher.get(url("/login?lang=en"));
		teacher.findElement(By.id("username")).sendKeys(LabInstructor.NAME);
		teacher.findElement(By.id("password")).sendKeys(LabInstructor.PASSWORD);
		teacher.findElement(By.cssSelector("form.stacked button[type=submit], form.stacked input[type=submit]"))
			.click();
		WebDriverWait wait = new WebDriverWait(teacher, Duration.ofSeconds(120));
		wait.until((d) -> d.getCurrentUrl().contains("/instructor"));

		teacher.get(url("/instructor/lab/demo?lang=en"));
		WebElement start = wait.until((d) -> {
			WebElement b = d.findElement(By.id("demo-start"));
			return b.isEnabled() ? b : null;
		});
		screenshot(teacher, "demo-instructor-before-en");
		Axe.check(teacher, "class-demo-start-en");
		start.click();
		WebElement codeShown = wait.until((d) -> d.findElements(By.id("demo-code")).stream().findFirst().orElse(null));
		code = codeShown.getText().strip();
		assertThat(code).matches("[A-Z2-9]{6}");
		assertThat(teacher.findElement(By.id("demo-link")).getAttribute("href")).endsWith("/lab/demo/" + code);
		assertThat(teacher.findElements(By.cssSelector("#demo-qr svg"))).as("the QR code is drawn").isNotEmpty();
		assertThat(teacher.findElement(By.id("demo-viewers")).getText()).isEqualTo("0");

		WebElement root = teacher.findElement(By.id("lab-demo"));
		LabClient api = LabClient.anonymous(port);
		String vmKernel = api.awaitState(root.getAttribute("data-vm-run"), "RUNNING", Duration.ofSeconds(120))
			.get("guestKernel")
			.asString();
		api.awaitState(root.getAttribute("data-container-run"), "RUNNING", Duration.ofSeconds(60));
		String hostKernel = api.get("/api/lab/capabilities").json().get("hostKernel").asString();
		assertThat(vmKernel).isNotEqualTo(hostKernel);

		WebDriver student = browser(390, 844);
		student.get(url("/lab/demo/" + code + "?lang=en"));
		WebDriverWait studentWait = new WebDriverWait(student, Duration.ofSeconds(60));
		studentWait.until((d) -> d.findElements(By.cssSelector("#demo-terminal-vm .xterm-rows")).size() == 1
				&& d.findElements(By.cssSelector("#demo-terminal-container .xterm-rows")).size() == 1);
		wait.until((d) -> "1".equals(d.findElement(By.id("demo-viewers")).getText().strip()));

		teacher.findElements(By.cssSelector(".lab-demo-button"))
			.stream()
			.filter((b) -> "uname -r".equals(b.getAttribute("data-command")))
			.findFirst()
			.orElseThrow()
			.click();
		studentWait.withMessage(() -> "the student's VM console shows the VM's kernel:\n" + terminalText(student, "vm"))
			.until((d) -> terminalText(d, "vm").contains(vmKernel));
		studentWait.withMessage(
				() -> "the student's container console shows the host's kernel:\n" + terminalText(student, "container"))
			.until((d) -> terminalText(d, "container").contains(hostKernel));
		assertThat(terminalText(student, "vm")).doesNotContain(hostKernel);
		wait.withMessage(() -> "the instructor's VM console shows the VM's kernel:\n" + terminalText(teacher, "vm"))
			.until((d) -> terminalText(d, "vm").contains(vmKernel));

		assertThat(((Number) script(student, "return document.documentElement.scrollWidth;")).intValue())
			.as("the viewer page does not scroll sideways on a phone")
			.isLessThanOrEqualTo(390);
		screenshot(student, "demo-viewer-phone-en");
		Axe.check(student, "class-demo-viewer-phone-en");
		screenshot(teacher, "demo-instructor-running-en");
		Axe.check(teacher, "class-demo-running-en");

		student.get(url("/lab/demo/" + code + "?lang=zh_CN"));
		studentWait.until((d) -> terminalText(d, "container").contains(hostKernel));
		screenshot(student, "demo-viewer-phone-zh");
		Axe.check(student, "class-demo-viewer-phone-zh");
		student.manage().window().setSize(new Dimension(1366, 768));
		screenshot(student, "demo-viewer-desktop-zh");
		teacher.get(url("/instructor/lab/demo?lang=zh_CN"));
		wait.until((d) -> "1".equals(d.findElement(By.id("demo-viewers")).getText().strip()));
		screenshot(teacher, "demo-instructor-running-zh");

		teacher.findElement(By.id("demo-stop")).click();
		studentWait.until((d) -> d.findElement(By.id("demo-message")).getText().contains("已结束"));
	}

	/** Keeps what each browser showed when the test failed. */
	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestExecutionExceptionHandler failureScreens = (context, failure) -> {
		for (int i = 0; i < browsers.size(); i++) {
			screenshot(browsers.get(i), "demo-failure-" + i);
		}
		throw failure;
	};

	private WebDriver browser(int width, int height) throws IOException {
		Path profile = Files.createTempDirectory("virtclass-chromium-");
		profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		browsers.add(driver);
		// --window-size sets the window, not the page: make the page itself the size
		// asked for
		driver.manage().window().setSize(new Dimension(width, height));
		return driver;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static Object script(WebDriver driver, String code) {
		return ((JavascriptExecutor) driver).executeScript(code);
	}

	/**
	 * What a console shows. xterm.js stops drawing a terminal that is outside the
	 * viewport, so the terminal is scrolled into view first, as a person would scroll to
	 * it.
	 */
	private static String terminalText(WebDriver driver, String side) {
		script(driver, "document.getElementById('demo-terminal-" + side + "').scrollIntoView({ block: 'center' });");
		StringBuilder text = new StringBuilder();
		driver.findElements(By.cssSelector("#demo-terminal-" + side + " .xterm-rows > div"))
			.forEach((r) -> text.append(r.getText()).append('\n'));
		return text.toString();
	}

	private static void screenshot(WebDriver driver, String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/lab-screenshots"));
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
