package org.virtclass.knowledgebase.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop from a student's question back to the knowledge base: a student asks the
 * checker about a name it does not know, the instructor sees the name, creates the tool
 * from the prefilled form, and the same question is then answered with the new tool.
 */
class UnknownNamesBrowserTests extends BrowserTestSupport {

	private static final String NAME = "Quillvisor Desktop";

	@Test
	void anUnknownNameGoesToTheInstructorAndComesBackAsATool() throws IOException {
		desktopWidth();
		logOutIfNeeded();
		askTheChecker();
		waitForText(By.id("explanation"), "The knowledge base does not know");
		assertThat(browser.findElement(By.id("explanation")).getText()).startsWith("The knowledge base does not know")
			.contains("by elimination");
		assertThat(browser.findElements(By.cssSelector(".option-list a[href*='quillvisor']"))).isEmpty();
		screenshot("unknown-name-asked");

		logIn();
		open("/instructor?lang=en");
		clickToLoad(waitFor(By.id("dash-unknown-names")));
		WebElement row = waitFor(By.cssSelector("tr[data-name='quillvisor desktop']"));
		assertThat(row.getText()).contains("Which of the following is a type 2 hypervisor?");
		screenshot("unknown-names-page");
		clickToLoad(row.findElement(By.cssSelector("a.add-tool")));
		waitFor(By.id("tool-form"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("quillvisor desktop");
		assertThat(browser.findElement(By.id("slug")).getAttribute("value")).isEqualTo("quillvisor-desktop");
		fillInAType2Hypervisor();
		clickToLoad(By.id("save"));
		waitForText(By.tagName("h1"), NAME);

		open("/instructor/unknown-names?lang=en");
		waitFor(By.tagName("h1"));
		assertThat(browser.findElements(By.cssSelector("tr[data-name='quillvisor desktop']"))).as("now a tool")
			.isEmpty();

		askTheChecker();
		waitForText(By.id("answer-line"), "B. " + NAME);
		assertThat(browser.findElement(By.id("explanation")).getText()).doesNotContain("does not know", "elimination")
			.contains("type 2 (hosted) hypervisor");
		assertThat(browser.findElements(By.cssSelector(".option-list a[href*='/tools/quillvisor-desktop']")))
			.hasSize(1);
		screenshot("unknown-name-recognised");
	}

	private void askTheChecker() {
		open("/check?lang=en");
		waitFor(By.id("question")).sendKeys("Which of the following is a type 2 hypervisor?");
		browser.findElement(By.id("options")).sendKeys("VMware ESXi\n" + NAME + "\nXen\nMicrosoft Hyper-V");
		browser.findElement(By.id("check-submit")).click();
	}

	private void fillInAType2Hypervisor() {
		WebElement name = browser.findElement(By.id("name"));
		name.clear();
		name.sendKeys(NAME);
		browser.findElement(By.id("nameZh")).sendKeys("Quillvisor 虚拟机软件");
		browser.findElement(By.id("vendor")).sendKeys("Quill Labs");
		browser.findElement(By.id("license")).sendKeys("Proprietary");
		browser.findElement(By.id("firstRelease")).sendKeys("2020");
		browser.findElement(By.id("descriptionEn"))
			.sendKeys("A made-up desktop hypervisor for this test: it runs as a "
					+ "program on a host operating system and boots guests with their own kernels.");
		browser.findElement(By.id("descriptionZh")).sendKeys("为本测试虚构的桌面虚拟机软件：它作为程序运行在宿主操作系统上，客户机启动自己的内核。");
		check("input[name='hostPlatforms'][value='LINUX']");
		check("input[name='guestOwnKernel']");
		new Select(browser.findElement(By.id("hardwareVirtualization"))).selectByValue("REQUIRED");
		new Select(browser.findElement(By.id("runsOn"))).selectByValue("HOST_OS");
		check("input[name='imageFormats'][value='QCOW2']");
		new Select(browser.findElement(By.id("category"))).selectByValue("VM_TOOL");
		new Select(browser.findElement(By.id("hypervisorType"))).selectByValue("TYPE_2");
		new Select(browser.findElement(By.id("isolationLevel"))).selectByValue("HARDWARE");
		new Select(browser.findElement(By.id("imageModel"))).selectByValue("FULL_DISK_IMAGE");
		browser.findElement(By.id("sources0.title")).sendKeys("Quill Labs product page");
		browser.findElement(By.id("sources0.url")).sendKeys("https://example.org/quillvisor");
	}

	private void check(String css) {
		WebElement box = browser.findElement(By.cssSelector(css));
		if (!box.isSelected()) {
			box.click();
		}
	}

	private void logIn() {
		open("/login?lang=en");
		if (!browser.findElements(By.cssSelector(".logout-form")).isEmpty()) {
			return;
		}
		browser.findElement(By.id("username")).sendKeys(INSTRUCTOR);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.cssSelector(".logout-form"));
	}

	private void logOutIfNeeded() {
		open("/?lang=en");
		waitFor(By.tagName("h1"));
		if (!browser.findElements(By.cssSelector(".logout-form")).isEmpty()) {
			clickToLoad(By.cssSelector(".logout-form button"));
		}
	}

}
