package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
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
 * A student with no mouse: opens the phone menu, practises, asks the checker and joins a
 * live class using only Tab, Enter and Space (and typing into fields). Every control
 * reached shows a focus ring; after an answer focus lands on the feedback and the next
 * Tab reaches "Next".
 */
@ResourceLock(BrowserTestSupport.LIVE)
class KeyboardBrowserTests extends BrowserTestSupport {

	private static final int MAX_TABS = 60;

	@Autowired
	LiveSessions sessions;

	@Test
	void thePhoneMenuOpensAndClosesWithTheKeyboard() {
		phoneWidth();
		try {
			open("/tools?lang=en");
			waitFor(By.tagName("h1"));
			WebElement nav = browser.findElement(By.id("main-nav"));
			assertThat(nav.isDisplayed()).isFalse();
			WebElement toggle = tabTo((e) -> e.getAttribute("class").contains("nav-toggle"), "the menu button");
			assertThat(toggle.getTagName()).isEqualTo("button");
			assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
			assertThat(toggle.getAccessibleName()).isEqualTo("Main menu");
			press(Keys.ENTER);
			assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(nav.isDisplayed()).isTrue();
			checkAccessibility("tools-phone-menu-open-en");
			press(Keys.TAB);
			assertThat(active().getText()).isEqualTo("Tools");
			press(Keys.ESCAPE);
			assertThat(nav.isDisplayed()).isFalse();
			assertThat(active()).isEqualTo(toggle);
			press(Keys.SPACE);
			assertThat(nav.isDisplayed()).isTrue();
		}
		finally {
			desktopWidth();
		}
	}

	@Test
	void aStudentPractisesAndAsksTheCheckerWithTheKeyboardOnly() {
		desktopWidth();
		open("/practice?lang=en");
		waitFor(By.tagName("h1"));
		tabTo((e) -> "count".equals(e.getAttribute("id")), "the length");
		assertThat(active().getAttribute("value")).isEqualTo("10");
		press(Keys.ARROW_UP); // a select changes with the arrow keys: 10 becomes 5
		assertThat(active().getAttribute("value")).isEqualTo("5");
		tabTo((e) -> "start".equals(e.getAttribute("id")), "Start");
		pressToLoad(Keys.ENTER);
		for (int i = 1; i <= 5; i++) {
			waitForText(By.id("progress"), "Question " + i + " of 5");
			WebElement option = tabTo((e) -> e.getAttribute("class").contains("option-button"), "an answer");
			assertThat(outlineWidth(option)).as("the focused answer shows a ring").isGreaterThanOrEqualTo(2.0);
			pressToLoad((i % 2 == 0) ? Keys.SPACE : Keys.ENTER);
			waitFor(By.cssSelector(".verdict-banner"));
			assertThat(active().getAttribute("class")).as("focus is on the feedback").contains("verdict-banner");
			if (i == 1) {
				checkAccessibility("practice-feedback-keyboard-en");
			}
			press(Keys.TAB);
			assertThat(active().getAttribute("id")).as("the next Tab reaches Next").isEqualTo("next");
			assertThat(outlineWidth(active())).isGreaterThanOrEqualTo(2.0);
			pressToLoad(Keys.ENTER);
		}
		assertThat(waitFor(By.id("score")).getText()).matches("\\d / 5");

		open("/check?lang=en");
		waitFor(By.tagName("h1"));
		tabTo((e) -> "question".equals(e.getAttribute("id")), "the question box");
		new Actions(browser)
			.sendKeys("以下软件中不属于虚拟机工具软件的是（  ）\nA. VMware Workstation\n"
					+ "B. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker")
			.perform();
		WebElement submit = tabTo((e) -> "check-submit".equals(e.getAttribute("id")), "Check");
		assertThat(outlineWidth(submit)).isGreaterThanOrEqualTo(2.0);
		press(Keys.ENTER); // the checker answers in place (htmx): no new page
		waitForText(By.id("answer-line"), "D. Docker");
		checkAccessibility("check-answer-keyboard-en");
	}

	@Test
	void aStudentJoinsALiveClassAndAnswersWithTheKeyboardOnly() {
		desktopWidth();
		// the teacher's side through the service: a one-question class
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 1, 4, Difficulty.EASY, Locale.ENGLISH, 13L, 120),
				INSTRUCTOR);
		open("/join?lang=en");
		waitFor(By.tagName("h1"));
		tabTo((e) -> "code".equals(e.getAttribute("id")), "the join code");
		assertThat(outlineWidth(active())).as("the focused field shows a ring").isGreaterThanOrEqualTo(2.0);
		new Actions(browser).sendKeys(code.toLowerCase(Locale.ROOT)).perform();
		press(Keys.TAB);
		assertThat(active().getAttribute("id")).as("the nickname follows the code").isEqualTo("nickname");
		new Actions(browser).sendKeys("Keyboard Kim").perform();
		WebElement join = tabTo((e) -> "join".equals(e.getAttribute("id")), "Join");
		assertThat(outlineWidth(join)).isGreaterThanOrEqualTo(2.0);
		pressToLoad(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((d) -> this.sessions.roster(code).stream().anyMatch((p) -> "Keyboard Kim".equals(p.nickname())));
		checkAccessibility("live-joined-keyboard-en");

		this.sessions.start(code);
		Question question = this.sessions.console(code).question();
		String wanted = question.options().get(question.answerIndex()).text();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> d.getPageSource().contains(wanted));
		// Tab to the right answer: every option on the way is a focusable button with a
		// ring
		WebElement option = tabTo(
				(e) -> "button".equals(e.getTagName()) && e.getText().contains(wanted) && outlineWidth(e) >= 2.0,
				"the answer “" + wanted + "”");
		checkAccessibility("live-question-keyboard-en");
		assertThat(option.isEnabled()).isTrue();
		press(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((d) -> this.sessions.snapshot(code).answerCount() == 1);
		this.sessions.reveal(code);
		// the right answer, given with Enter, scored
		assertThat(this.sessions.snapshot(code).leaders())
			.anySatisfy((l) -> assertThat(l.nickname()).isEqualTo("Keyboard Kim"))
			.allSatisfy((l) -> assertThat(l.score()).isPositive());
	}

	private WebElement tabTo(Predicate<WebElement> wanted, String what) {
		for (int i = 0; i < MAX_TABS; i++) {
			press(Keys.TAB);
			WebElement now = active();
			if (wanted.test(now)) {
				return now;
			}
		}
		throw new AssertionError(MAX_TABS + " Tabs did not reach " + what);
	}

	private void press(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
	}

	/** Presses a key that loads a new page, and waits until the new page is there. */
	private void pressToLoad(CharSequence key) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.virtclassPageLeft = true;");
		press(key);
		new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50)).until((d) -> {
			try {
				return Boolean.TRUE.equals(js
					.executeScript("return window.virtclassPageLeft !== true && document.readyState === 'complete';"));
			}
			catch (WebDriverException ex) {
				return false; // asked in the middle of the navigation: ask again
			}
		});
	}

	private WebElement active() {
		return browser.switchTo().activeElement();
	}

	/**
	 * The width of the visible focus indicator (outline) of an element, in CSS pixels.
	 */
	private double outlineWidth(WebElement element) {
		Object width = ((JavascriptExecutor) browser).executeScript("var s = getComputedStyle(arguments[0]);"
				+ "return (s.outlineStyle === 'none' || s.outlineColor === 'rgba(0, 0, 0, 0)') ? 0 : parseFloat(s.outlineWidth);",
				element);
		return ((Number) width).doubleValue();
	}

}
