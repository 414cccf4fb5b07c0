package org.virtclass.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages behind the problems' types read well in both languages and pass axe. */
class ProblemPageBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@CsvSource({ "not-found, en, Nothing is here", "live-session-full, zh-CN, 这个课堂已满",
			"lab-queue-full, en, The lab queue is full", "invalid-fields, zh-CN, 有些字段填写得不对" })
	void aProblemPageExplainsItsProblem(String code, String lang, String title) {
		open("/problems/" + code + "?lang=" + lang);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.getTitle()).contains(title);
		checkAccessibility("problem-" + code + "-" + lang);
	}

}
