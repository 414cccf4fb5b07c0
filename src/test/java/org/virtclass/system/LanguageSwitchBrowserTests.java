package org.virtclass.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching the language keeps what the student was looking at: a search, an answered
 * question, a pair, the facts ticked in the classifier.
 */
class LanguageSwitchBrowserTests extends BrowserTestSupport {

	@Test
	void theSearchTheCheckersAnswerAndTheComparedPairSurviveALanguageSwitch() {
		desktopWidth();
		open("/tools?lang=en");
		waitFor(By.id("q")).sendKeys("docker");
		waitForText(By.id("results"), "Docker");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.until((d) -> d.getCurrentUrl().contains("q=docker"));
		clickToLoad(By.cssSelector(".lang-switch a[hreflang='zh-CN']"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("工具库");
		assertThat(browser.getCurrentUrl()).contains("q=docker");
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("docker");

		open("/check?lang=en");
		waitFor(By.id("question")).sendKeys("以下软件中不属于虚拟机工具软件的是（  ）\n"
				+ "A. VMware Workstation\nB. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker");
		browser.findElement(By.id("check-submit")).click();
		waitForText(By.id("answer-line"), "D. Docker");
		clickToLoad(By.cssSelector(".lang-switch a[hreflang='zh-CN']"));
		waitForText(By.id("answer-line"), "D. Docker");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findElement(By.id("question")).getAttribute("value")).contains("不属于虚拟机工具软件");
		checkAccessibility("check-after-language-switch-zh");

		open("/compare?a=kvm&b=gvisor&lang=zh_CN");
		waitFor(By.id("criteria-table"));
		clickToLoad(By.cssSelector(".lang-switch a[hreflang='en']"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Compare two tools");
		assertThat(browser.findElement(By.cssSelector("#criteria-table thead")).getText()).contains("KVM", "gVisor");

		// the classifier answers in place: the facts ticked and the verdict come back in
		// the other language
		open("/classify?lang=en");
		WebElement shares = waitFor(By.cssSelector("#facts-form input[type=checkbox][name='sharesHostKernel']"));
		shares.click();
		browser.findElement(By.cssSelector("#facts-form input[type=checkbox][name='imageFormats'][value='OCI_IMAGE']"))
			.click();
		waitForText(By.id("verdict-slot"), "container");
		clickToLoad(By.cssSelector(".lang-switch a[hreflang='zh-CN']"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findElement(By.cssSelector("#facts-form input[type=checkbox][name='sharesHostKernel']"))
			.isSelected()).isTrue();
		assertThat(browser
			.findElement(By.cssSelector("#facts-form input[type=checkbox][name='imageFormats'][value='OCI_IMAGE']"))
			.isSelected()).isTrue();
		assertThat(browser.findElement(By.id("verdict-slot")).getText()).contains("容器");
		checkAccessibility("classify-after-language-switch-zh");

		open("/compare?a=kvm&b=foo&lang=en");
		assertThat(waitFor(By.id("unknown-b")).getText()).contains("No tool is called “foo”");
		assertThat(browser.findElements(By.id("criteria-table"))).isEmpty();
		checkAccessibility("compare-unknown-tool-en");
	}

}
