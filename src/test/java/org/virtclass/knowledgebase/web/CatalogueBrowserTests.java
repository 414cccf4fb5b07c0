package org.virtclass.knowledgebase.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student looks things up: home page in both languages, catalogue search and filters, a
 * tool's page.
 */
class CatalogueBrowserTests extends BrowserTestSupport {

	@Test
	void theHomePageSwitchesBetweenEnglishAndChinese() throws Exception {
		desktopWidth();
		open("/?lang=en");
		assertThat(waitFor(By.tagName("h1")).getText()).contains("Which of these is a virtual machine");
		checkAccessibility("home-en");
		browser.findElement(By.cssSelector(".lang-switch a[hreflang='zh-CN']")).click();
		waitForText(By.tagName("h1"), "哪些是虚拟机");
		checkAccessibility("home-zh");
		open("/tools");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("工具库");
		screenshot("catalogue-zh");
		checkAccessibility("catalogue-zh");
		browser.findElement(By.cssSelector(".lang-switch a[hreflang='en']")).click();
		waitForText(By.tagName("h1"), "Tools");
	}

	@Test
	void aStudentFindsVirtualBoxByAnAliasAndReadsItsSources() throws Exception {
		desktopWidth();
		open("/tools?lang=en");
		WebElement search = waitFor(By.id("q"));
		search.sendKeys("VBox");
		waitForText(By.id("result-count"), "1 of");
		checkAccessibility("tools-search-results-en");
		List<WebElement> cards = browser.findElements(By.cssSelector("#results .tool-card h2 a"));
		assertThat(cards).singleElement().satisfies((a) -> assertThat(a.getText()).contains("VirtualBox"));
		cards.get(0).click();
		waitForText(By.tagName("h1"), "VirtualBox");
		assertThat(browser.findElement(By.cssSelector(".tool-details")).getText())
			.containsIgnoringCase("type 2 (hosted)")
			.containsIgnoringCase("full disk image")
			.contains("Sources", "A virtual machine tool");
		assertThat(browser.findElements(By.cssSelector("#verdict .reasons li"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".tool-details ol li a"))).isNotEmpty();
		screenshot("tool-virtualbox");
		checkAccessibility("tool-virtualbox");
	}

	@Test
	void filtersNarrowTheCatalogueWithoutAReload() {
		desktopWidth();
		open("/tools?lang=en");
		WebElement marker = waitFor(By.tagName("h1"));
		new Select(browser.findElement(By.id("category"))).selectByValue("CONTAINER");
		waitForText(By.id("result-count"), " of ");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until((d) -> d.findElements(By.cssSelector("#results .badge.CONTAINER"))
				.size() == d.findElements(By.cssSelector("#results .tool-card")).size());
		assertThat(browser.findElements(By.cssSelector("#results .tool-card"))).hasSizeGreaterThan(3);
		assertThat(marker.isDisplayed()).as("the page was not reloaded").isTrue();
		assertThat(browser.getCurrentUrl()).contains("category=CONTAINER");
		checkAccessibility("tools-filtered-en");
		browser.findElement(By.id("q")).sendKeys("docker", Keys.TAB);
		waitForText(By.id("results"), "Docker");
	}

	@Test
	void pagesWorkAtPhoneWidth() throws Exception {
		phoneWidth();
		try {
			open("/?lang=zh_CN");
			waitFor(By.tagName("h1"));
			assertThat(browser.findElement(By.cssSelector(".main-nav")).isDisplayed()).isFalse();
			browser.findElement(By.cssSelector(".nav-toggle")).click();
			assertThat(browser.findElement(By.cssSelector(".nav-toggle")).getAttribute("aria-expanded"))
				.isEqualTo("true");
			assertThat(browser.findElement(By.cssSelector(".main-nav")).isDisplayed()).isTrue();
			Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(390L);
			screenshot("home-phone-zh");
			checkAccessibility("home-phone-zh");
			open("/tools/kvm");
			waitFor(By.tagName("h1"));
			scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(390L);
			screenshot("tool-phone-zh");
			checkAccessibility("tool-phone-zh");
		}
		finally {
			desktopWidth();
		}
	}

}
