package org.virtclass.quiz.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student practises alone, in Chinese and in English, reloads and comes back, and reads
 * the review.
 */
class PracticeBrowserTests extends BrowserTestSupport {

	@Test
	void aStudentPractisesInChineseWithFeedbackAfterEveryQuestion() throws Exception {
		phoneWidth();
		open("/practice?lang=zh_CN");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("练习");
		assertThat(new Select(browser.findElement(By.id("lang"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("zh-CN");
		browser.findElement(By.cssSelector("input[value='SHARES_HOST_KERNEL']")).click();
		browser.findElement(By.cssSelector("input[value='HARD']")).click();
		new Select(browser.findElement(By.id("count"))).selectByValue("5");
		screenshot("practice-start-zh-phone");
		checkAccessibility("practice-start-zh-phone");
		browser.findElement(By.id("start")).click();
		for (int i = 1; i <= 5; i++) {
			waitForText(By.id("progress"), "第 " + i + " 题");
			assertThat(waitFor(By.id("stem")).getText()).containsPattern("\\p{IsHan}");
			if (i == 1) {
				screenshot("practice-question-zh-phone");
				checkAccessibility("practice-question-zh-phone");
			}
			browser.findElements(By.cssSelector(".option-button")).get(0).click();
			assertThat(waitFor(By.cssSelector(".verdict-banner")).getText()).matches("回答正确！|回答错误。");
			assertThat(browser.findElement(By.id("explanation")).getText()).isNotBlank();
			assertThat(browser.findElements(By.cssSelector(".option-result .why"))).hasSizeGreaterThanOrEqualTo(3);
			// the bar counts this answer; on the phone "Next" is on screen without
			// scrolling
			assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.querySelector('#meter > span').style.width;"))
				.isEqualTo((100 * i / 5) + "%");
			assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("var r = document.getElementById('next').getBoundingClientRect();"
						+ "return r.top >= 0 && r.bottom <= window.innerHeight;"))
				.as("Next is within the 390×844 screen right after the feedback")
				.isTrue();
			if (i == 1) {
				screenshot("practice-feedback-zh-phone-first");
			}
			if (i == 2) {
				// the attempt lives in the database and the cookie: a reload shows the
				// same feedback
				browser.navigate().refresh();
				waitFor(By.cssSelector(".verdict-banner"));
				assertThat(browser.findElement(By.id("progress")).getText()).contains("第 2 题");
				screenshot("practice-feedback-zh-phone");
				checkAccessibility("practice-feedback-zh-phone");
			}
			browser.findElement(By.id("next")).click();
		}
		assertThat(waitFor(By.id("score")).getText()).matches("\\d / 5");
		assertThat(browser.findElements(By.cssSelector(".review-item"))).hasSize(5);
		screenshot("practice-review-zh-phone");
		checkAccessibility("practice-review-zh-phone");
	}

	@Test
	void aStudentPractisesInEnglishLeavesAndResumesWhereTheyWere() throws Exception {
		desktopWidth();
		open("/practice?lang=en");
		new Select(browser.findElement(By.id("count"))).selectByValue("5");
		new Select(browser.findElement(By.id("lang"))).selectByValue("en");
		browser.findElement(By.cssSelector("input[value='CRITERION']")).click();
		browser.findElement(By.cssSelector("input[value='MYTH_OR_FACT']")).click();
		browser.findElement(By.cssSelector("input[value='IMAGE_FORMAT']")).click();
		browser.findElement(By.id("start")).click();
		for (int i = 1; i <= 2; i++) {
			waitForText(By.id("progress"), "Question " + i + " of 5");
			browser.findElements(By.cssSelector(".option-button")).get(1).click();
			waitFor(By.cssSelector(".verdict-banner"));
			if (i == 1) {
				screenshot("practice-feedback-en");
				checkAccessibility("practice-feedback-en");
			}
			browser.findElement(By.id("next")).click();
		}
		waitForText(By.id("progress"), "Question 3 of 5");
		open("/tools");
		open("/practice");
		assertThat(waitFor(By.id("resume")).getText()).contains("2 of 5 questions answered");
		browser.findElement(By.cssSelector("#resume a")).click();
		waitForText(By.id("progress"), "Question 3 of 5");
		for (int i = 3; i <= 5; i++) {
			waitForText(By.id("progress"), "Question " + i + " of 5");
			browser.findElements(By.cssSelector(".option-button")).get(0).click();
			waitFor(By.cssSelector(".verdict-banner"));
			browser.findElement(By.id("next")).click();
		}
		assertThat(waitFor(By.id("score")).getText()).matches("\\d / 5");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your result");
		screenshot("practice-review-en");
		checkAccessibility("practice-review-en");
		open("/practice");
		assertThat(browser.findElements(By.id("resume"))).isEmpty();
	}

	@Test
	void choosingNoTypeKeepsTheOtherChoicesAndSaysWhatIsMissing() {
		desktopWidth();
		open("/practice?lang=en");
		for (var box : browser.findElements(By.cssSelector("input[name='types']:checked"))) {
			box.click();
		}
		new Select(browser.findElement(By.id("count"))).selectByValue("15");
		browser.findElement(By.id("start")).click();
		assertThat(waitFor(By.cssSelector(".field-error")).getText()).isEqualTo("Choose at least one question type.");
		checkAccessibility("practice-start-error-en");
		assertThat(new Select(browser.findElement(By.id("count"))).getFirstSelectedOption().getText()).isEqualTo("15");
	}

}
