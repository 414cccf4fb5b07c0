package org.virtclass.quiz.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.virtclass.Axe;
import org.virtclass.BrowserTestSupport;
import org.virtclass.accounts.MutableClock;
import org.virtclass.quiz.Difficulty;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.QuestionType;
import org.virtclass.quiz.domain.LiveSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 on phones (390×844, each its own Chromium with its own cookies): a timed
 * question closes by itself and a late tap says "Time's up"; three phones play to the
 * podium, each screen full screen without site navigation, with coloured tiles that carry
 * a shape and a letter.
 */
@ResourceLock(BrowserTestSupport.LIVE)
class LivePhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	LiveSessions sessions;

	/** The app's clock: the tests move it past a deadline instead of waiting it out. */
	@Autowired
	MutableClock clock;

	@Test
	void aTimedQuestionClosesByItselfAndALateTapSaysTimeIsUp() throws Exception {
		String code = this.sessions.create(
				new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY, Locale.ENGLISH, 21L, 8),
				INSTRUCTOR);
		WebDriver ann = mobile();
		WebDriver bob = mobile();
		try {
			// Bob's push stream never gets through (a proxy that buffers it, say): his
			// phone polls instead
			block(bob, List.of("*player-events*"));
			joinAsPlayer(ann, code, "Ann", "en");
			joinAsPlayer(bob, code, "Bob", "en");
			waitForText(ann, "You are in");
			waitForText(bob, "You are in");
			this.sessions.start(code);
			waitForTiles(ann, 4);
			ann.findElements(By.cssSelector("#question-options button")).get(0).click();
			// "locked in" at once; on a slow machine the time may already be up by the
			// time we look
			new WebDriverWait(ann, Duration.ofSeconds(15)).until((d) -> {
				String shown = d.findElement(By.id("status-text")).getText() + " "
						+ d.findElement(By.id("status-detail")).getText();
				return shown.contains("Answer A locked in") || shown.contains("Your answer A is locked in");
			});
			if (ann.findElement(By.id("status-text")).getText().contains("locked in")) {
				screenshot(ann, "live-phone-locked-in-390x844");
				Axe.check(ann, "live phone: answer locked in");
			}

			waitForTiles(bob, 4);
			// and then his polls fail too while the time runs out, so nothing tells his
			// phone the question closed
			block(bob, List.of("*player-events*", "*/state"));
			assertThat(bob.findElements(By.cssSelector(".site-header, nav, footer"))).isEmpty();
			assertThat(bob.findElement(By.id("timer")).getText()).matches("[0-8] s");
			screenshot(bob, "live-phone-question-timed-390x844");
			Axe.check(bob, "live phone: timed question");

			// nobody presses a key: the server closes the question at 0 s, and Ann's
			// phone is told so
			this.clock.advance(Duration.ofSeconds(9));
			new WebDriverWait(ann, Duration.ofSeconds(10))
				.until((d) -> this.sessions.snapshot(code).state() == LiveState.CLOSED);
			waitForText(ann, "Time's up!");
			assertThat(ann.findElement(By.id("status-detail")).getText()).contains("Your answer A is locked in");

			// Bob taps the question his phone still shows: the server refuses it as late,
			// and his phone says so
			assertThat(bob.findElement(By.id("question-card")).isDisplayed()).isTrue();
			bob.findElements(By.cssSelector("#question-options button")).get(1).click();
			waitForText(bob, "Time's up!");
			assertThat(bob.findElement(By.id("status-detail")).getText()).contains("does not count");
			assertThat(bob.findElement(By.id("question-card")).isDisplayed()).isFalse();
			screenshot(bob, "live-phone-time-up-390x844");
			Axe.check(bob, "live phone: time's up");

			block(bob, List.of());
			this.sessions.reveal(code);
			waitForText(bob, "Time's up!");
			new WebDriverWait(bob, Duration.ofSeconds(15))
				.until((d) -> d.findElement(By.id("status-detail")).getText().startsWith("The answer: "));
			String bobToken = bob.manage().getCookieNamed("VIRTCLASS_PLAYER_" + code).getValue();
			assertThat(this.sessions.state(code, bobToken).answered()).isFalse();
		}
		finally {
			ann.quit();
			bob.quit();
		}
	}

	@Test
	void threePhonesPlayToThePodium() throws Exception {
		String code = this.sessions.create(new LiveSessions.Setup(List.of(QuestionType.VM_TOOL), 2, 4, Difficulty.EASY,
				Locale.ENGLISH, 33L, null, false, true), INSTRUCTOR);
		List<WebDriver> phones = new ArrayList<>();
		String[] names = { "Ann", "Bob", "Cy" };
		try {
			for (String name : names) {
				WebDriver phone = mobile();
				phones.add(phone);
				joinAsPlayer(phone, code, name, "en");
				waitForText(phone, "You are in");
			}
			screenshot(phones.get(0), "live-phone-lobby-390x844");
			Axe.check(phones.get(0), "live phone: lobby");

			for (int round = 0; round < 2; round++) {
				if (round == 0) {
					this.sessions.start(code);
				}
				else {
					this.sessions.next(code);
				}
				Question q = this.sessions.console(code).question();
				int right = q.answerIndex();
				int wrong = (right + 1) % 4;
				for (WebDriver phone : phones) {
					waitForTiles(phone, 4);
				}
				if (round == 0) {
					WebDriver ann = phones.get(0);
					// colour is not the only cue: every tile has its shape and its
					// letter, and white text
					List<WebElement> tiles = ann.findElements(By.cssSelector("#question-options button"));
					for (int i = 0; i < tiles.size(); i++) {
						WebElement tile = tiles.get(i);
						assertThat(tile.findElement(By.cssSelector(".tile-letter")).getText())
							.isEqualTo(Question.letter(i));
						assertThat(shape(ann, tile)).isNotBlank();
						assertThat(tile.getSize().getHeight()).isGreaterThanOrEqualTo(90);
						assertInsideViewport(ann, tile);
					}
					assertThat(tiles.stream().map((t) -> t.getCssValue("background-color")).distinct()).hasSize(4);
					screenshot(ann, "live-phone-question-390x844");
					Axe.check(ann, "live phone: question");
				}
				// Ann right at once, Bob right a little later, Cy wrong
				phones.get(0).findElements(By.cssSelector("#question-options button")).get(right).click();
				waitForText(phones.get(0), "locked in");
				this.clock.advance(Duration.ofMillis(1200));
				phones.get(1).findElements(By.cssSelector("#question-options button")).get(right).click();
				phones.get(2).findElements(By.cssSelector("#question-options button")).get(wrong).click();
				waitForText(phones.get(1), "locked in");
				waitForText(phones.get(2), "locked in");

				this.sessions.reveal(code);
				waitForText(phones.get(0), "Right!");
				waitForText(phones.get(1), "Right!");
				waitForText(phones.get(2), "Not this time.");
				WebDriver cy = phones.get(2);
				assertThat(cy.findElement(By.id("status-detail")).getText())
					.isEqualTo("The answer: " + Question.letter(right) + ". " + q.answer().text());
				// the engine's explanation for the option Cy chose
				assertThat(cy.findElement(By.id("status-why")).getText()).isEqualTo(q.options().get(wrong).feedback());
				assertThat(cy.findElement(By.id("status-points")).getText()).contains("+0 points")
					.contains("place 3 of 3");
				assertThat(phones.get(0).findElement(By.id("status-points")).getText()).contains("place 1 of 3");
				assertThat(phones.get(1).findElement(By.id("status-points")).getText()).contains("place 2 of 3");
				if (round == 0) {
					screenshot(cy, "live-phone-result-wrong-390x844");
					Axe.check(cy, "live phone: result, wrong");
					screenshot(phones.get(0), "live-phone-result-right-390x844");
					Axe.check(phones.get(0), "live phone: result, right");
				}
			}
			this.sessions.next(code);
			waitForText(phones.get(0), "Well played");
			assertThat(phones.get(0).findElement(By.id("status-detail")).getText()).isEqualTo("Your place: 1 of 3");
			assertThat(phones.get(1).findElement(By.id("status-detail")).getText()).isEqualTo("Your place: 2 of 3");
			waitForText(phones.get(2), "Well played");
			assertThat(phones.get(2).findElement(By.id("status-detail")).getText()).isEqualTo("Your place: 3 of 3");
			assertThat(phones.get(2).findElement(By.id("status-points")).getText()).startsWith("0 of 2 right");
			// the score is said once, not twice
			String finalScreen = phones.get(0).findElement(By.id("status")).getText();
			assertThat(finalScreen).contains("2 of 2 right");
			assertThat(finalScreen.split("right", -1)).hasSize(2);
			screenshot(phones.get(0), "live-phone-final-390x844");
			Axe.check(phones.get(0), "live phone: final");
			assertThat(this.sessions.snapshot(code).leaders()).extracting(LiveSessions.Leader::nickname)
				.containsExactly("Ann", "Bob", "Cy");
		}
		finally {
			phones.forEach(WebDriver::quit);
		}
	}

	private static void waitForText(WebDriver phone, String text) {
		new WebDriverWait(phone, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-text"), text));
	}

	private static void waitForTiles(WebDriver phone, int count) {
		new WebDriverWait(phone, Duration.ofSeconds(15))
			.until((d) -> d.findElements(By.cssSelector("#question-options button:not([disabled])")).size() == count
					&& d.findElement(By.id("question-card")).isDisplayed());
	}

	private static String shape(WebDriver driver, WebElement tile) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"return getComputedStyle(arguments[0].querySelector('.shape'), '::before').content.replace(/[\"']/g, '');",
				tile);
	}

	@SuppressWarnings("unchecked")
	private static void assertInsideViewport(WebDriver driver, WebElement element) {
		Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) driver)
			.executeScript("var r = arguments[0].getBoundingClientRect();"
					+ "return {top: r.top, left: r.left, bottom: r.bottom, right: r.right,"
					+ " vw: document.documentElement.clientWidth, vh: window.innerHeight};", element);
		assertThat(box.get("top").doubleValue()).as(box.toString()).isGreaterThanOrEqualTo(0);
		assertThat(box.get("left").doubleValue()).as(box.toString()).isGreaterThanOrEqualTo(0);
		assertThat(box.get("bottom").doubleValue()).as(box.toString()).isLessThanOrEqualTo(box.get("vh").doubleValue());
		assertThat(box.get("right").doubleValue()).as(box.toString()).isLessThanOrEqualTo(box.get("vw").doubleValue());
	}

	private static void block(WebDriver phone, List<String> urls) {
		((ChromeDriver) phone).executeCdpCommand("Network.enable", Map.of());
		((ChromeDriver) phone).executeCdpCommand("Network.setBlockedURLs", Map.of("urls", urls));
	}

	/**
	 * A student's phone, emulated as a mobile device (touch, device metrics), not only a
	 * narrow window.
	 */
	private static WebDriver mobile() throws IOException {
		WebDriver driver = phone();
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		return driver;
	}

}
