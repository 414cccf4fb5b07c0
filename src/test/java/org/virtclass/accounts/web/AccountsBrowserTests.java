package org.virtclass.accounts.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.virtclass.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor creates a second instructor, who logs in and changes the first password.
 * Also the pages at phone width and in Chinese.
 */
class AccountsBrowserTests extends BrowserTestSupport {

	static final String FIRST_PASSWORD = "lemon-bicycle-harbor-31";

	static final String NEW_PASSWORD = "granite-owl-festival-77";

	@AfterEach
	void logOut() {
		open("/");
		browser.findElements(By.cssSelector(".logout-form button")).forEach((b) -> b.click());
		desktopWidth();
	}

	@Test
	void anInstructorCreatesASecondInstructorWhoThenChangesTheirPassword() throws Exception {
		desktopWidth();
		logIn(INSTRUCTOR, PASSWORD, "en");
		open("/instructor/accounts");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Accounts");
		assertThat(browser.findElement(By.id("account-" + INSTRUCTOR)).getText()).contains("you", "Instructor",
				"Active");

		fillNewAccount("Second Teacher", FIRST_PASSWORD, "something-else-entirely");
		assertThat(waitFor(By.id("username-error")).getText()).contains("lower-case letters");
		assertThat(browser.findElement(By.id("confirmPassword-error")).getText()).contains("not the same");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("second teacher");
		assertThat(browser.findElement(By.id("role-instructor")).isSelected()).isTrue();
		screenshot("accounts-create-errors-en");
		checkAccessibility("accounts-create-errors-en");

		fillNewAccount("teacher2", FIRST_PASSWORD, FIRST_PASSWORD);
		assertThat(waitFor(By.cssSelector(".flash")).getText()).isEqualTo("Created the account teacher2 (Instructor).");
		assertThat(browser.findElement(By.id("account-teacher2")).getText()).contains("Instructor", "Active",
				"Deactivate");
		screenshot("accounts-list-en");
		checkAccessibility("accounts-list-en");

		clickToLoad(By.cssSelector(".logout-form button"));
		waitFor(By.cssSelector(".login-link"));

		logIn("teacher2", FIRST_PASSWORD, "en");
		clickToLoad(By.cssSelector(".user-name"));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Change your password");
		browser.findElement(By.id("currentPassword")).sendKeys("not-my-password-x");
		browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
		clickToLoad(By.cssSelector("#change-password button[type=submit]"));
		assertThat(waitFor(By.id("currentPassword-error")).getText()).isEqualTo("This is not your current password.");
		screenshot("password-error-en");
		checkAccessibility("password-error-en");

		browser.findElement(By.id("currentPassword")).sendKeys(FIRST_PASSWORD);
		browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
		clickToLoad(By.cssSelector("#change-password button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".flash")).getText()).isEqualTo("Your password has been changed.");
		screenshot("password-changed-en");
		checkAccessibility("password-changed-en");

		clickToLoad(By.cssSelector(".logout-form button"));
		waitFor(By.cssSelector(".login-link"));
		logIn("teacher2", FIRST_PASSWORD, "en");
		assertThat(waitFor(By.cssSelector(".form-error")).getText()).isEqualTo("Wrong username or password.");
		logIn("teacher2", NEW_PASSWORD, "en");
		assertThat(waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("teacher2");
	}

	@Test
	void theAccountPagesWorkInChineseAndAtPhoneWidth() throws Exception {
		logIn(INSTRUCTOR, PASSWORD, "zh_CN");
		phoneWidth();
		open("/instructor/accounts");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("账号管理");
		assertThat(scrollWidth()).isLessThanOrEqualTo(390L);
		screenshot("accounts-list-phone-zh");
		checkAccessibility("accounts-list-phone-zh");
		clickToLoad(By.cssSelector("#new-account button[type=submit]"));
		assertThat(waitFor(By.id("username-error")).getText()).isEqualTo("请输入用户名。");
		assertThat(browser.findElement(By.id("password-error")).getText()).isEqualTo("请输入密码。");
		assertThat(scrollWidth()).isLessThanOrEqualTo(390L);
		screenshot("accounts-create-errors-phone-zh");
		checkAccessibility("accounts-create-errors-phone-zh");
		open("/account/password");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("修改密码");
		assertThat(scrollWidth()).isLessThanOrEqualTo(390L);
		screenshot("password-phone-zh");
		checkAccessibility("password-phone-zh");
		desktopWidth();
		open("/instructor/accounts");
		waitFor(By.id("username")).sendKeys("xiaoming");
		browser.findElement(By.id("role-student")).click();
		browser.findElement(By.id("password")).sendKeys(FIRST_PASSWORD);
		browser.findElement(By.id("confirmPassword")).sendKeys(FIRST_PASSWORD);
		clickToLoad(By.cssSelector("#new-account button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".flash")).getText()).isEqualTo("已创建账号 xiaoming（学生）。");
		clickToLoad(By.cssSelector("#account-xiaoming .account-actions button"));
		assertThat(waitFor(By.cssSelector(".flash")).getText()).isEqualTo("账号已停用。");
		assertThat(browser.findElement(By.id("account-xiaoming")).getText()).contains("已停用", "重新启用");
		screenshot("accounts-list-zh");
		checkAccessibility("accounts-list-zh");
		phoneWidth();
		browser.navigate().refresh();
		waitFor(By.tagName("h1"));
		screenshot("accounts-list-phone-zh-deactivated");
		checkAccessibility("accounts-list-phone-zh-deactivated");
		open("/?lang=en");
	}

	private void logIn(String username, String password, String lang) {
		open("/login?lang=" + lang);
		waitFor(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		clickToLoad(By.cssSelector("form.stacked button[type=submit]"));
		waitFor(By.tagName("h1"));
	}

	private void fillNewAccount(String username, String password, String confirm) {
		waitFor(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("role-instructor")).click();
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("confirmPassword")).sendKeys(confirm);
		clickToLoad(By.cssSelector("#new-account button[type=submit]"));
	}

	private Long scrollWidth() {
		return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
	}

}
