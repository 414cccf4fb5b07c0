package org.virtclass.knowledgebase.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student classifies a tool of their own and compares two tools, in English and
 * Chinese, on a desktop and a phone.
 */
class ClassifyAndCompareBrowserTests extends BrowserTestSupport {

	@Test
	void changingAFactChangesTheVerdictWithoutAReload() throws Exception {
		desktopWidth();
		open("/classify?lang=en");
		WebElement marker = waitFor(By.tagName("h1"));
		assertThat(marker.getText()).isEqualTo("Classify your own tool");
		assertThat(browser.findElement(By.cssSelector("#verdict .badge.big")).getAttribute("class"))
			.contains("NOT_VIRTUALIZATION");
		browser.findElement(By.id("guestOwnKernel1")).click();
		waitForBadge("VM_TOOL");
		assertThat(browser.findElement(By.cssSelector("#verdict")).getText()).contains("A virtual machine tool");
		new Select(browser.findElement(By.id("runsOn"))).selectByValue("BARE_METAL");
		waitForText(By.cssSelector("#verdict .criterion .winner"), "type 1");
		assertThat(marker.isDisplayed()).as("the page was not reloaded").isTrue();
		screenshot("classify-en");
		checkAccessibility("classify-en");
	}

	@Test
	void startingFromDockerAndGivingEachGuestItsOwnKernelMakesASandboxInChinese() throws Exception {
		desktopWidth();
		open("/classify?lang=zh_CN");
		waitFor(By.tagName("h1"));
		new Select(browser.findElement(By.id("from"))).selectByValue("docker");
		waitForText(By.cssSelector(".started-from"), "Docker");
		waitForBadge("CONTAINER");
		assertThat(browser.findElement(By.id("sharesHostKernel1")).isSelected()).isTrue();
		assertThat(browser.getCurrentUrl()).contains("from=docker");
		browser.findElement(By.id("guestOwnKernel1")).click();
		waitForBadge("SANDBOXED_CONTAINER");
		assertThat(browser.findElement(By.id("verdict")).getText()).contains("沙箱");
		screenshot("classify-zh");
		checkAccessibility("classify-zh");
		phoneWidth();
		try {
			assertThat(scrollWidth()).isLessThanOrEqualTo(390L);
			screenshot("classify-phone-zh");
			checkAccessibility("classify-phone-zh");
		}
		finally {
			desktopWidth();
		}
	}

	@Test
	void virtualBoxVersusDockerHighlightsIsolationStrength() throws Exception {
		desktopWidth();
		open("/compare?lang=en");
		waitFor(By.tagName("h1"));
		WebElement decisive = browser.findElement(By.cssSelector("#criteria-table tr.decisive"));
		assertThat(decisive.getText()).contains("Isolation strength", "Decisive", "hardware level", "kernel level");
		assertThat(browser.findElement(By.id("separates")).getText()).contains("Isolation strength");
		assertThat(browser.findElement(By.id("a")).getAttribute("value")).isEqualTo("Oracle VirtualBox");
		assertThat(browser.findElement(By.id("b")).getAttribute("value")).isEqualTo("Docker");
		screenshot("compare-en");
		checkAccessibility("compare-en");
		browser.findElement(By.id("swap")).click();
		waitForText(By.cssSelector("#criteria-table thead"), "Docker");
		assertThat(browser.findElement(By.id("a")).getAttribute("value")).isEqualTo("Docker");
	}

	@Test
	void twoToolsArePickedBySearchAndComparedInChineseOnAPhone() throws Exception {
		phoneWidth();
		try {
			open("/compare?lang=zh_CN");
			waitFor(By.tagName("h1"));
			assertThat(browser.findElement(By.cssSelector("#criteria-table tr.decisive")).getText()).contains("隔离");
			WebElement a = browser.findElement(By.id("a"));
			a.clear();
			a.sendKeys("ESXi");
			WebElement b = browser.findElement(By.id("b"));
			b.clear();
			b.sendKeys("VMware Workstation");
			browser.findElement(By.cssSelector(".compare-form button[type=submit]")).click();
			waitForText(By.cssSelector("#criteria-table thead"), "ESXi");
			assertThat(browser.findElement(By.cssSelector("#criteria-table tr.decisive")).getText()).contains("硬件抽象层级");
			assertThat(scrollWidth()).isLessThanOrEqualTo(390L);
			screenshot("compare-phone-zh");
			checkAccessibility("compare-phone-zh");
		}
		finally {
			desktopWidth();
		}
	}

	@Test
	void theToolPageLinksToACompareStartingFromThatTool() {
		desktopWidth();
		open("/tools/kvm?lang=en");
		waitFor(By.tagName("h1"));
		browser.findElement(By.cssSelector("a[href*='/compare?a=kvm']")).click();
		waitForText(By.cssSelector("#criteria-table thead"), "KVM");
		assertThat(browser.findElement(By.cssSelector("#criteria-table thead")).getText()).contains("Docker");
	}

	private void waitForBadge(String category) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until((d) -> d.findElement(By.cssSelector("#verdict .badge.big"))
				.getAttribute("class")
				.contains(" " + category));
	}

	private Long scrollWidth() {
		return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
	}

}
