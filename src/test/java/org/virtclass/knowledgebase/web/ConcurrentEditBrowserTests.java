package org.virtclass.knowledgebase.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.virtclass.Axe;
import org.virtclass.BrowserTestSupport;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instructors, two browsers, one tool: the second save is refused and shown side by
 * side, the second instructor merges, and the history keeps both changes. Also the live
 * verdict beside the facts, and the form's errors next to their fields.
 */
@ResourceLock(value = BrowserTestSupport.KNOWLEDGE_BASE, mode = ResourceAccessMode.READ_WRITE)
class ConcurrentEditBrowserTests extends BrowserTestSupport {

	/** The second instructor's browser, with its own cookies and session. */
	static WebDriver second;

	@Autowired
	KnowledgeBaseEditor editor;

	@BeforeAll
	static void startSecondBrowser() throws IOException {
		second = chromium("virtclass-chromium-2-", 1280, 1000);
	}

	@AfterAll
	static void stopSecondBrowser() {
		if (second != null) {
			second.quit();
			second = null;
		}
	}

	void logIn(WebDriver driver) {
		driver.get(url("/login?lang=en"));
		if (!driver.findElements(By.cssSelector(".logout-form")).isEmpty()) {
			return;
		}
		driver.findElement(By.id("username")).sendKeys(INSTRUCTOR);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".logout-form")));
	}

	static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	static void replace(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
	}

	static void shot(WebDriver driver, String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void twoInstructorsEditOneToolAndNeitherChangeIsLost() throws IOException {
		desktopWidth();
		logIn(browser);
		logIn(second);
		browser.get(url("/instructor/tools/firecracker/edit?lang=en"));
		second.get(url("/instructor/tools/firecracker/edit?lang=en"));
		wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("vendor")));
		wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("vendor")));

		replace(browser.findElement(By.id("license")), "Apache-2.0 (first instructor)");
		clickToLoad(browser, By.id("save"));
		assertThat(
				wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash"))).getText())
			.contains("Saved");

		replace(second.findElement(By.id("vendor")), "Amazon Web Services (second instructor)");
		clickToLoad(second, By.id("save"));
		WebElement stale = wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("stale-message")));
		assertThat(stale.getText()).contains("Your save was refused");
		WebElement vendorRow = second.findElement(By.cssSelector(".side-by-side tr[data-field='vendor']"));
		WebElement licenseRow = second.findElement(By.cssSelector(".side-by-side tr[data-field='license']"));
		assertThat(vendorRow.getAttribute("class")).contains("differs");
		assertThat(vendorRow.getText()).contains("Amazon Web Services (second instructor)");
		assertThat(licenseRow.getText()).contains("Apache-2.0 (first instructor)");
		// Each side's own change is preselected, so the merge keeps both.
		assertThat(vendorRow.findElement(By.cssSelector("input[value=right]")).isSelected()).isTrue();
		assertThat(licenseRow.findElement(By.cssSelector("input[value=left]")).isSelected()).isTrue();
		shot(second, "kb-merge-side-by-side");
		Axe.check(second, "kb-merge-side-by-side");
		clickToLoad(second, By.id("save-merge"));
		assertThat(
				wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash"))).getText())
			.contains("Saved");

		browser.get(url("/instructor/tools/firecracker/history?lang=en"));
		List<WebElement> revisions = wait(browser)
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".revision")));
		assertThat(revisions.get(0).getText()).contains("Amazon Web Services (second instructor)");
		assertThat(revisions.get(1).getText()).contains("Apache-2.0 (first instructor)");
		shot(browser, "kb-history");
		Axe.check(browser, "kb-history");
		List<RevisionEntry> history = this.editor.history(ItemKind.TOOL, "firecracker");
		assertThat(history.get(0).changedFields()).containsExactly("vendor");
		assertThat(history.get(1).changedFields()).containsExactly("license");
		assertThat(this.editor.tool("firecracker").orElseThrow().document().license())
			.isEqualTo("Apache-2.0 (first instructor)");
	}

	@Test
	void theVerdictBesideTheFactsChangesAsTheFactsChange() throws IOException {
		desktopWidth();
		logIn(browser);
		open("/instructor/tools/podman/edit?lang=en");
		waitForText(By.id("verdict-preview"), "Not a virtual machine tool");
		screenshot("kb-edit-form");
		checkAccessibility("kb-edit-form");
		browser.findElement(By.id("guestOwnKernel1")).click();
		browser.findElement(By.id("sharesHostKernel1")).click();
		new Select(browser.findElement(By.id("hardwareVirtualization"))).selectByValue("REQUIRED");
		browser.findElement(By.cssSelector("input[name=imageFormats][value=QCOW2]")).click();
		waitForText(By.id("verdict-preview"), "sandboxed container");
		browser.findElement(By.cssSelector("input[name=imageFormats][value=OCI_IMAGE]")).click();
		waitForText(By.id("verdict-preview"), "A virtual machine tool");
		assertThat(browser.findElement(By.id("verdict-preview")).getText()).contains("differs from the curated labels");
		screenshot("kb-edit-live-verdict");
		checkAccessibility("kb-edit-live-verdict");
	}

	@Test
	void errorsAppearNextToTheirFieldsAndTheTypedTextStays() throws IOException {
		desktopWidth();
		logIn(browser);
		open("/instructor/tools/wsl2/edit?lang=zh_CN");
		replace(waitFor(By.id("firstRelease")), "明年");
		replace(browser.findElement(By.id("aliases")), "VBox\nWSL 第二版");
		browser.findElement(By.id("save")).click();
		waitFor(By.cssSelector(".form-error"));
		assertThat(browser.findElement(By.id("firstRelease")).getAttribute("value")).isEqualTo("明年");
		assertThat(browser.findElement(By.id("aliases")).getAttribute("value")).contains("WSL 第二版");
		assertThat(browser.findElement(By.id("firstRelease")).findElement(By.xpath("following-sibling::p")).getText())
			.contains("必须是整数");
		assertThat(browser.findElement(By.id("aliases")).findElement(By.xpath("following-sibling::p")).getText())
			.contains("已经是工具 virtualbox 的名称");
		screenshot("kb-edit-errors-zh");
		checkAccessibility("kb-edit-errors-zh");
		phoneWidth();
		try {
			open("/instructor?lang=zh_CN");
			waitFor(By.id("dash-tools"));
			Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth).isLessThanOrEqualTo(390L);
			screenshot("kb-dashboard-phone-zh");
			checkAccessibility("kb-dashboard-phone-zh");
		}
		finally {
			desktopWidth();
		}
	}

}
