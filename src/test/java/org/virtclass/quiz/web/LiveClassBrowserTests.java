package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.virtclass.BrowserTestSupport;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 in Chromium: a teacher finds live sessions from the dashboard, and projector
 * mode at 1366×768 and 1920×1080 shows every option inside the screen and keeps the
 * counts back (on the page and in the event stream) until the reveal.
 */
@ResourceLock(BrowserTestSupport.LIVE)
class LiveClassBrowserTests extends BrowserTestSupport {

	@Autowired
	LiveSessions sessions;

	@Test
	void aTeacherFindsLiveSessionsFromTheDashboard() throws Exception {
		viewport(1366, 768);
		browser.manage().deleteAllCookies();
		open("/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(INSTRUCTOR);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickToLoad(By.cssSelector("form button[type='submit']"));
		assertThat(browser.getCurrentUrl()).endsWith("/instructor");
		assertThat(waitFor(By.id("nav-live")).getText()).isEqualTo("Live class");
		screenshot("live-class-dashboard-1366x768");
		clickToLoad(By.id("dash-live"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Live sessions");
		assertThat(browser.findElement(By.id("nav-live")).getAttribute("class")).contains("active");
	}

	@ParameterizedTest
	@CsvSource({ "1366, 768", "1920, 1080" })
	void theProjectorShowsEveryOptionOnScreenAndTheCountsOnlyAfterTheReveal(int width, int height) throws Exception {
		logInAsInstructor();
		viewport(width, height);
		String size = width + "x" + height;
		// five options: the most a question has
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 5, Difficulty.EASY, Locale.ENGLISH, 11L, 60),
				INSTRUCTOR);
		open("/instructor/sessions/" + code + "/present?lang=en");
		waitFor(By.cssSelector("#qr svg"));
		assertThat(browser.findElements(By.cssSelector(".site-header, .site-footer"))).isEmpty();
		assertInsideViewport(By.id("join-code"), By.id("qr"), By.id("start"));
		String ann = this.sessions.join(code, "Ann");
		String bob = this.sessions.join(code, "Bob");
		this.sessions.join(code, "Cy");
		waitUntil(() -> browser.findElements(By.cssSelector("#players .player")).size() == 3);
		assertThat(browser.findElement(By.id("players")).getText()).contains("Ann", "Bob", "Cy");
		screenshot("live-present-lobby-" + size);
		checkAccessibility("projector: lobby " + size);

		// every snapshot the projector receives is recorded, to check what it carries
		js().executeScript("window.seen = [];" + "new EventSource(document.getElementById('stage').dataset.eventsUrl)"
				+ ".addEventListener('snapshot', function (e) { window.seen.push(JSON.parse(e.data)); });");
		new Actions(browser).sendKeys(" ").perform();
		waitFor(By.id("stem"));
		assertThat(browser.findElement(By.id("corner-code")).getText()).contains(code);
		List<WebElement> tiles = browser.findElements(By.cssSelector("#tiles .tile"));
		assertThat(tiles).hasSize(5);
		assertInsideViewport(By.id("stem"), By.id("ring"), By.id("answered"), By.id("reveal"));
		for (WebElement tile : tiles) {
			assertInsideViewport(tile);
		}

		Long questionId = this.sessions.snapshot(code).questionId();
		Question q = this.sessions.console(code).question();
		String right = Question.letter(q.answerIndex());
		String wrong = Question.letter((q.answerIndex() + 1) % 5);
		this.sessions.answer(code, ann, questionId, right).join();
		this.sessions.answer(code, bob, questionId, wrong).join();
		waitForText(By.id("answered"), "2 of 3 answered");
		assertThat(browser.findElements(By.cssSelector(".tile-count, .tile-meter"))).isEmpty();
		waitUntil(() -> seen().stream().anyMatch((s) -> ((Number) s.get("answerCount")).intValue() == 2));
		for (Map<String, Object> s : seen()) {
			assertThat((List<?>) s.get("optionCounts")).as("counts sent before the reveal").isEmpty();
		}
		screenshot("live-present-question-" + size);
		checkAccessibility("projector: question " + size);

		new Actions(browser).sendKeys("r").perform();
		waitFor(By.id("reason"));
		assertThat(browser.findElement(By.id("count-" + right)).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("count-" + wrong)).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("option-" + right)).getAttribute("class")).contains("key");
		assertThat(browser.findElements(By.cssSelector("#tiles .tile.key"))).hasSize(1);
		assertThat(browser.findElement(By.id("option-" + right)).getText()).contains(q.answer().text());
		for (WebElement tile : browser.findElements(By.cssSelector("#tiles .tile"))) {
			assertInsideViewport(tile);
		}
		assertInsideViewport(By.id("reason"), By.id("next"));
		waitUntil(() -> seen().stream().anyMatch((s) -> "REVEALED".equals(s.get("state"))));
		assertThat(seen().stream()
			.filter((s) -> "REVEALED".equals(s.get("state")))
			.findFirst()
			.orElseThrow()
			.get("optionCounts")).asList().hasSize(5);
		screenshot("live-present-reveal-" + size);
		checkAccessibility("projector: reveal " + size);

		new Actions(browser).sendKeys(" ").perform();
		waitFor(By.id("leaders"));
		assertThat(browser.findElement(By.cssSelector("#leaders li:first-child")).getText()).contains("Ann");
		assertInsideViewport(By.id("leaders"));
		screenshot("live-present-leaders-" + size);
		checkAccessibility("projector: leaders " + size);

		new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
		waitForText(By.id("question-number"), "Question 2 of 2");
		this.sessions.next(code);
		waitFor(By.id("podium"));
		assertThat(browser.findElement(By.cssSelector("#podium .place-1")).getText()).contains("Ann");
		assertInsideViewport(By.id("podium"), By.id("results-link"));
		screenshot("live-present-podium-" + size);
		checkAccessibility("projector: podium " + size);
	}

	private void viewport(int width, int height) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> seen() {
		return (List<Map<String, Object>>) js().executeScript("return window.seen || [];");
	}

	private void assertInsideViewport(By... elements) {
		for (By by : elements) {
			assertInsideViewport(browser.findElement(by));
		}
	}

	@SuppressWarnings("unchecked")
	private void assertInsideViewport(WebElement element) {
		Map<String, Number> box = (Map<String, Number>) js().executeScript(
				"var r = arguments[0].getBoundingClientRect();"
						+ "return {top: r.top, left: r.left, bottom: r.bottom, right: r.right, w: r.width, h: r.height,"
						+ " vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight};",
				element);
		String what = element.getTagName() + "#" + element.getAttribute("id") + " " + box;
		assertThat(box.get("w").doubleValue()).as(what).isPositive();
		assertThat(box.get("h").doubleValue()).as(what).isPositive();
		assertThat(box.get("top").doubleValue()).as(what).isGreaterThanOrEqualTo(0);
		assertThat(box.get("left").doubleValue()).as(what).isGreaterThanOrEqualTo(0);
		assertThat(box.get("bottom").doubleValue()).as(what).isLessThanOrEqualTo(box.get("vh").doubleValue());
		assertThat(box.get("right").doubleValue()).as(what).isLessThanOrEqualTo(box.get("vw").doubleValue());
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> condition.getAsBoolean());
	}

}
