package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.virtclass.Axe;
import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pasted question used live: the teacher pastes a question into a session's lobby,
 * keeps a key the knowledge base disagrees with after it says why, starts the session; a
 * phone answers the question and the results, the item analysis and the student's
 * drill-down show it. At 1366×768 and 390×844.
 */
@ResourceLock(BrowserTestSupport.LIVE)
class OwnQuestionBrowserTests extends BrowserTestSupport {

	private static final String STEM = "Which of the following is not a hypervisor?";

	@Test
	void aTeachersPastedQuestionIsPlayedLiveAndShowsInTheResults() throws Exception {
		browser.manage().window().setSize(new Dimension(1366, 768));
		logInAsInstructor();
		open("/instructor/sessions?lang=en");
		browser.findElement(By.id("count")).clear();
		browser.findElement(By.id("count")).sendKeys("1");
		browser.findElement(By.cssSelector("#lang")).sendKeys("English");
		clickToLoad(By.id("create"));
		String code = waitFor(By.id("join-code")).getText();

		clickToLoad(By.id("own-questions-link"));
		waitFor(By.id("own-form"));
		assertThat(browser.findElement(By.id("own-session")).getText()).contains(code).contains("Questions so far: 1.");
		// bad input first: a clear error, the text stays in the box
		browser.findElement(By.id("question")).sendKeys(STEM);
		browser.findElement(By.id("options")).sendKeys("A. Xen");
		clickToLoad(By.id("own-check-button"));
		assertThat(waitFor(By.cssSelector(".field-error")).getText())
			.isEqualTo("Give between 2 and 5 options, one per line.");
		assertThat(browser.findElement(By.id("question")).getAttribute("value")).isEqualTo(STEM);
		checkAccessibility("own-question-error");

		browser.findElement(By.id("options")).clear();
		browser.findElement(By.id("options")).sendKeys("A. Xen\nB. KVM\nC. Docker\nD. VirtualBox");
		clickToLoad(By.id("own-check-button"));
		String proposal = waitFor(By.id("own-proposal")).getText();
		assertThat(proposal).startsWith("Proposed answer: C. Docker");
		assertThat(browser.findElement(By.id("own-reasons")).getText()).isNotBlank();
		screenshot("own-question-checked-1366");
		checkAccessibility("own-question-checked");

		// kept out of practice: other tests in this application context start practice
		// attempts
		browser.findElement(By.id("inPractice")).click();
		// the teacher keys A (Xen) against the knowledge base: the page says why and asks
		browser.findElement(By.cssSelector("#own-option-0 input")).click();
		clickToLoad(By.id("own-save"));
		WebElement disagree = waitFor(By.id("own-disagree"));
		assertThat(disagree.getText()).contains("You chose A. Xen, but the knowledge base proposes C. Docker.");
		screenshot("own-question-disagree-1366");
		checkAccessibility("own-question-disagree");
		clickToLoad(By.id("own-confirm"));
		assertThat(waitFor(By.id("own-added")).getText()).contains("It now has 2 questions.");
		assertThat(browser.findElement(By.id("own-saved-list")).getText()).contains(STEM)
			.contains("your answer differs from the knowledge base");
		checkAccessibility("own-question-saved");

		clickToLoad(By.id("own-back"));
		waitFor(By.id("join-code"));
		WebDriver phone = phone();
		try {
			phone.get(url("/join?code=" + code + "&lang=en"));
			new WebDriverWait(phone, Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname")));
			phone.findElement(By.id("nickname")).sendKeys("Mei");
			phone.findElement(By.id("join")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until((d) -> d.findElement(By.id("player-count")).getText().equals("1"));
			clickToLoad(By.id("start"));
			clickToLoad(By.id("next"));
			waitForText(By.id("question-number"), "2 of 2");
			assertThat(browser.findElement(By.id("stem")).getText()).isEqualTo(STEM);

			new WebDriverWait(phone, Duration.ofSeconds(15))
				.until((d) -> d.findElement(By.id("question-stem")).getText().equals(STEM)
						&& d.findElements(By.cssSelector("#question-options button:not([disabled])")).size() == 4);
			List<WebElement> tiles = phone.findElements(By.cssSelector("#question-options button"));
			assertThat(tiles.get(0).getText()).contains("Xen");
			tiles.get(0).click();
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until((d) -> d.findElement(By.id("answer-count")).getText().equals("1"));
			screenshot(phone, "own-question-phone-390");
			Axe.check(phone, "own-question-phone");
			clickToLoad(By.id("reveal"));
			clickToLoad(By.id("next"));
		}
		finally {
			phone.quit();
		}

		clickToLoad(By.id("results-link"));
		WebElement row = waitFor(By.id("question-2"));
		assertThat(row.getText()).contains(STEM).contains("Teacher’s question").contains("Xen").contains("Docker");
		checkAccessibility("own-question-results");

		clickToLoad(By.id("item-link-2"));
		assertThat(waitFor(By.id("item-answers")).getText()).isEqualTo("1 of 1 students answered");
		assertThat(browser.findElement(By.id("item-option-A")).getText()).contains("Xen").contains("Mei");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Fewer than two students answered this question");
		screenshot("own-question-item-1366");
		checkAccessibility("own-question-item");

		clickToLoad(By.id("item-back"));
		clickToLoad(By.cssSelector("#player-table a"));
		WebElement answers = waitFor(By.id("player-answers"));
		assertThat(browser.findElement(By.id("answer-2")).getText()).contains(STEM)
			.contains("A. Xen")
			.contains("Right");
		assertThat(browser.findElement(By.id("drill-summary")).getText())
			.contains("1 right out of 2 questions; 1 answered.");
		screenshot("own-question-drilldown-1366");
		checkAccessibility("own-question-drilldown-1366");
		browser.manage().window().setSize(new Dimension(390, 844));
		assertThat(answers.isDisplayed()).isTrue();
		screenshot("own-question-drilldown-390");
		checkAccessibility("own-question-drilldown-390");
		open("/instructor/sessions/" + code + "/results/questions/2?lang=zh_CN");
		assertThat(waitFor(By.tagName("h1")).getText()).contains("题目分析");
		screenshot("own-question-item-390-zh");
		checkAccessibility("own-question-item-390-zh");
		desktopWidth();
	}

}
