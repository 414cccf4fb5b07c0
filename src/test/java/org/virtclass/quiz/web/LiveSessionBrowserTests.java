package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.virtclass.Axe;
import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class runs a live session: the instructor creates it and shows the projector view,
 * two students join from their own browsers (phones) and answer, the projector's counts
 * change without a reload, and the instructor downloads the CSV and the Moodle XML.
 */
@ResourceLock(BrowserTestSupport.LIVE)
class LiveSessionBrowserTests extends BrowserTestSupport {

	@Test
	void anInstructorRunsASessionWithTwoStudentsAndTheProjectorUpdatesLive() throws Exception {
		desktopWidth();
		logInAsInstructor();
		open("/instructor/sessions?lang=en");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Live sessions");
		browser.findElement(By.id("count")).clear();
		browser.findElement(By.id("count")).sendKeys("2");
		browser.findElement(By.cssSelector("#lang")).sendKeys("English");
		browser.findElement(By.id("create")).click();
		String code = waitFor(By.id("join-code")).getText();
		assertThat(code).matches("[A-Z2-9]{6}");
		waitFor(By.cssSelector("#qr svg"));
		markPage();
		screenshot("live-projector-lobby");
		checkAccessibility("live-projector-lobby");

		WebDriver ann = phone();
		WebDriver bob = phone();
		try {
			joinAsPlayer(ann, code, "安娜", "zh_CN");
			waitForText(ann, By.id("status-text"), "已加入");
			waitUntil(browser, (d) -> text(d, "player-count").equals("1") && text(d, "nicknames").contains("安娜"));
			joinAsPlayer(bob, code, "Bob", "en");
			waitForText(bob, By.id("status-text"), "You are in");
			waitUntil(browser, (d) -> text(d, "player-count").equals("2") && text(d, "nicknames").contains("Bob"));
			assertPageNotReloaded();
			screenshot(ann, "live-phone-lobby-zh");
			Axe.check(ann, "live-phone-lobby-zh");

			browser.findElement(By.id("start")).click();
			waitFor(By.id("stem"));
			markPage();
			answerFirstOption(ann);
			waitForText(ann, By.id("status-text"), "答案 A 已锁定");
			waitUntil(browser, (d) -> text(d, "answer-count").equals("1"));
			answerOption(bob, 1);
			waitForText(bob, By.id("status-text"), "Answer B locked in");
			waitUntil(browser, (d) -> text(d, "answer-count").equals("2"));
			assertPageNotReloaded();
			// issue 11: the class must not see the distribution before the reveal
			assertThat(browser.findElements(By.cssSelector("[id^='count-']"))).isEmpty();
			screenshot("live-projector-question");
			checkAccessibility("live-projector-question");
			screenshot(bob, "live-phone-answered-en");
			Axe.check(bob, "live-phone-answered-en");

			browser.findElement(By.id("reveal")).click();
			waitFor(By.id("explanation"));
			assertThat(browser.findElements(By.cssSelector("#bars li.right"))).hasSize(1);
			assertThat(text(browser, "count-A")).isEqualTo("1");
			assertThat(text(browser, "count-B")).isEqualTo("1");
			waitForText(ann, By.id("status-text"), "答");
			waitUntil(bob, (d) -> d.findElement(By.id("status-text")).getText().matches("Right!|Not this time\\."));
			assertThat(bob.findElement(By.id("status-detail")).getText()).startsWith("The answer: ");
			screenshot(bob, "live-phone-revealed-en");
			Axe.check(bob, "live-phone-revealed-en");
			screenshot("live-projector-revealed");
			checkAccessibility("live-projector-revealed");

			browser.findElement(By.id("next")).click();
			waitForText(By.id("question-number"), "Question 2 of 2");
			waitUntil(ann,
					(d) -> d.findElements(By.cssSelector("#question-options button:not([disabled])")).size() >= 3);
			answerFirstOption(ann);
			waitForText(By.id("answer-count"), "1");
			browser.findElement(By.id("next")).click();
			waitFor(By.id("results-link"));
			waitForText(ann, By.id("status-text"), "最后一题");
			waitForText(bob, By.id("status-text"), "last question");
			screenshot(ann, "live-phone-finished-zh");
			Axe.check(ann, "live-phone-finished-zh");
		}
		finally {
			ann.quit();
			bob.quit();
		}

		browser.findElement(By.id("results-link")).click();
		waitFor(By.id("player-table"));
		assertThat(browser.findElements(By.cssSelector("#player-table tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.id("question-table")).getText()).contains("%");
		screenshot("live-results");
		checkAccessibility("live-results");

		Map<String, Object> csv = fetch("/instructor/sessions/" + code + "/responses.csv");
		assertThat((String) csv.get("disposition")).contains("attachment").contains(".csv");
		assertThat((String) csv.get("type")).startsWith("text/csv");
		assertThat((String) csv.get("body")).contains("student,question,option chosen,correct,time")
			.contains("安娜,1,A: ")
			.contains("Bob,1,B: ")
			.contains("安娜,2,A: ");
		Map<String, Object> xml = fetch("/instructor/sessions/" + code + "/questions.xml");
		assertThat((String) xml.get("disposition")).contains("attachment").contains(".xml");
		assertThat((String) xml.get("body")).startsWith("<?xml")
			.contains("<question type=\"multichoice\">")
			.contains("<answer fraction=\"100\"")
			.contains("<feedback format=\"html\">");
		Map<String, Object> gift = fetch("/instructor/sessions/" + code + "/questions.gift.txt");
		assertThat((String) gift.get("body")).contains("::VirtClass " + code + " Q1");
	}

	@Test
	void aStudentWhoReloadsOrComesBackLaterKeepsTheirPlaceAndANicknameCannotBeTakenTwice() throws Exception {
		desktopWidth();
		logInAsInstructor();
		open("/instructor/sessions?lang=en");
		waitFor(By.id("count")).clear();
		browser.findElement(By.id("count")).sendKeys("1");
		browser.findElement(By.id("create")).click();
		String code = waitFor(By.id("join-code")).getText();
		WebDriver ann = phone();
		WebDriver other = phone();
		try {
			joinAsPlayer(ann, code, "Ann", "en");
			waitForText(ann, By.id("status-text"), "You are in");
			joinAsPlayer(other, code, "ann", "en");
			waitForText(other, By.cssSelector(".field-error"), "already uses this nickname");
			assertThat(other.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
			screenshot(other, "live-join-nickname-taken");
			Axe.check(other, "live-join-nickname-taken");
			other.findElement(By.id("join-form")).findElement(By.id("code")).clear();
			other.findElement(By.id("code")).sendKeys("ZZZZZZ");
			other.findElement(By.id("nickname")).clear();
			other.findElement(By.id("nickname")).sendKeys("Zoe");
			other.findElement(By.id("join")).click();
			waitForText(other, By.cssSelector(".field-error"), "no session with this code");

			browser.findElement(By.id("start")).click();
			waitFor(By.id("stem"));
			answerFirstOption(ann);
			waitForText(ann, By.id("status-text"), "Answer A locked in");
			ann.navigate().refresh();
			waitForText(ann, By.id("status-text"), "Answer A locked in");
			ann.get(url("/join?code=" + code.toLowerCase()));
			waitForText(ann, By.id("status-text"), "Answer A locked in");
			assertThat(ann.getCurrentUrl()).endsWith("/join/" + code);
		}
		finally {
			ann.quit();
			other.quit();
		}
	}

	private static void answerFirstOption(WebDriver student) {
		answerOption(student, 0);
	}

	private static void answerOption(WebDriver student, int index) {
		waitUntil(student,
				(d) -> d.findElements(By.cssSelector("#question-options button:not([disabled])")).size() >= 3);
		student.findElements(By.cssSelector("#question-options button")).get(index).click();
	}

	private void markPage() {
		((JavascriptExecutor) browser).executeScript("window.__notReloaded = true;");
	}

	private void assertPageNotReloaded() {
		assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded === true;"))
			.as("the projector page was not reloaded")
			.isEqualTo(true);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fetch(String path) {
		return (Map<String, Object>) ((JavascriptExecutor) browser)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
					+ "  return r.text().then(function (t) { done({status: r.status, body: t,"
					+ "    type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition')}); });"
					+ "});", path);
	}

	private static String text(WebDriver driver, String id) {
		List<org.openqa.selenium.WebElement> found = driver.findElements(By.id(id));
		return found.isEmpty() ? "" : found.get(0).getText();
	}

	private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
	}

	private static void waitForText(WebDriver driver, By by, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

}
