package org.virtclass.quiz.checker;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student pastes a question from the textbook and reads the answer, in English and
 * Chinese, on a phone too.
 */
class CheckBrowserTests extends BrowserTestSupport {

	@Test
	void theSeedQuestionPastedWholeIsAnsweredWithDockerInEnglish() throws Exception {
		desktopWidth();
		open("/check?lang=en");
		waitFor(By.tagName("h1"));
		browser.findElement(By.id("question"))
			.sendKeys("以下软件中不属于虚拟机工具软件的是（  ）\n"
					+ "A. VMware Workstation\nB. Oracle VirtualBox\nC. Microsoft Hyper-V\nD. Docker");
		browser.findElement(By.id("check-submit")).click();
		waitForText(By.id("answer-line"), "D. Docker");
		assertThat(browser.findElement(By.id("explanation")).getText()).contains("答案是 D（Docker）");
		assertThat(browser.findElements(By.cssSelector(".option-list li"))).hasSize(4);
		assertThat(browser.findElement(By.cssSelector(".option-list li.answer")).getText()).contains("Docker", "fits");
		assertThat(browser.findElement(By.id("check-result")).getText()).contains("Read from the question");
		screenshot("check-en");
		checkAccessibility("check-en");
	}

	@Test
	void aChineseStudentTypesTheOptionsOnePerLineOnAPhone() throws Exception {
		phoneWidth();
		try {
			open("/check?lang=zh_CN");
			waitFor(By.tagName("h1"));
			browser.findElement(By.id("question")).sendKeys("下列属于裸机型虚拟机的是");
			browser.findElement(By.id("options"))
				.sendKeys("VMware Workstation 17 Pro\nVirtualBox 7.0\nVMware ESXi\nParallels");
			browser.findElement(By.id("check-submit")).click();
			waitForText(By.id("answer-line"), "C. VMware ESXi");
			assertThat(browser.findElement(By.id("explanation")).getText()).contains("裸机型（Ⅰ型）");
			Long scrollWidth = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(390L);
			screenshot("check-phone-zh");
			checkAccessibility("check-phone-zh");
		}
		finally {
			desktopWidth();
		}
	}

	@Test
	void anUnreadableQuestionKeepsWhatWasTypedAndListsTheQuestionsItUnderstands() throws Exception {
		desktopWidth();
		open("/check?lang=en");
		waitFor(By.tagName("h1"));
		browser.findElement(By.id("question")).sendKeys("Which of these is antivirus software?");
		browser.findElement(By.id("options")).sendKeys("ClamAV\nDocker");
		browser.findElement(By.id("check-submit")).click();
		waitForText(By.cssSelector(".field-error"), "cannot tell what this question asks");
		assertThat(browser.findElement(By.id("options")).getAttribute("value")).contains("ClamAV");
		assertThat(browser.findElement(By.cssSelector(".examples-list")).getText()).contains("以下软件中不属于虚拟机工具软件的是");
		new Select(browser.findElement(By.id("ask"))).selectByValue("NOT_VM_TOOL");
		browser.findElement(By.id("check-submit")).click();
		waitForText(By.id("check-result"), "No single answer");
		screenshot("check-unreadable-en");
		checkAccessibility("check-unreadable-en");
	}

	@Test
	void theEnglishExampleIsAnsweredWithVirtualBox() {
		desktopWidth();
		open("/check?lang=en&example=en");
		waitFor(By.tagName("h1"));
		browser.findElement(By.id("check-submit")).click();
		waitForText(By.id("answer-line"), "C. Oracle VM VirtualBox");
		assertThat(browser.findElement(By.id("explanation")).getText()).contains("type 2 (hosted) hypervisor");
	}

}
