package org.virtclass.accounts.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.accounts.AccountsTestSupport;
import org.virtclass.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Anyone logged in changes their own password at /account/password. */
class PasswordControllerTests extends AccountsTestSupport {

	static final String OLD = "harbour-violet-engine-3";

	static final String NEW = "quiet-forest-lantern-8";

	String name;

	MockHttpSession session;

	@BeforeEach
	void logIn() {
		this.name = createAccount("student", Role.STUDENT, OLD);
		this.session = loggedIn(this.name, OLD);
	}

	@Test
	void showsTheFormToAnyoneLoggedIn() {
		assertThat(this.mvc.get().uri("/account/password?lang=en").session(this.session)).hasStatusOk()
			.bodyText()
			.contains("Change your password", this.name, "Current password", "name=\"_csrf\"");
	}

	@Test
	void changesThePasswordSoThatOnlyTheNewOneWorks() {
		MvcTestResult result = change(OLD, NEW, NEW);
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
		assertThat(result).flash().containsEntry("flash", "Your password has been changed.");
		assertThat(formLogin(this.name, OLD)).redirectedUrl().isEqualTo("/login?error");
		loggedIn(this.name, NEW);
	}

	@Test
	void theFlashMessageIsShownAfterTheRedirect() {
		MvcTestResult result = change(OLD, NEW, NEW);
		assertThat(this.mvc.get()
			.uri("/account/password?lang=en")
			.session(this.session)
			.flashAttrs(result.getMvcResult().getFlashMap())).bodyText()
			.contains("class=\"flash\"", "Your password has been changed.");
	}

	@Test
	void visitorsAreSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/account/password")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Nested
	class Errors {

		@Test
		void aWrongCurrentPasswordIsShownNextToItsField() {
			assertThat(change("not-my-password", NEW, NEW)).hasStatusOk()
				.bodyText()
				.contains("id=\"currentPassword-error\"", "This is not your current password.")
				.doesNotContain(NEW);
			assertOldPasswordStillWorks();
		}

		@Test
		void aMissingCurrentPasswordIsRefused() {
			assertThat(change("", NEW, NEW)).hasStatusOk().bodyText().contains("Enter a password.");
			assertOldPasswordStillWorks();
		}

		@Test
		void aShortNewPasswordIsRefused() {
			assertThat(change(OLD, "tiny-pw-1", "tiny-pw-1")).hasStatusOk()
				.bodyText()
				.contains("id=\"newPassword-error\"", "The password needs at least 12 characters.");
			assertOldPasswordStillWorks();
		}

		@Test
		void aNewPasswordEqualToTheUsernameIsRefused() {
			String longName = createAccount("averylongusername", Role.STUDENT, OLD);
			MockHttpSession other = loggedIn(longName, OLD);
			assertThat(PasswordControllerTests.this.mvc.post()
				.uri("/account/password?lang=en")
				.session(other)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", longName)
				.param("confirmPassword", longName)).hasStatusOk()
				.bodyText()
				.contains("The password must not be the username.");
		}

		@Test
		void aTooLongNewPasswordIsRefused() {
			String tooLong = "密码".repeat(13);
			assertThat(change(OLD, tooLong, tooLong)).hasStatusOk().bodyText().contains("The password is too long");
		}

		@Test
		void aNewPasswordOfOneRepeatedCharacterIsRefused() {
			assertThat(change(OLD, "aaaaaaaaaaaaaa", "aaaaaaaaaaaaaa")).hasStatusOk()
				.bodyText()
				.contains("too few different characters");
		}

		@Test
		void theSamePasswordAgainIsRefused() {
			assertThat(change(OLD, OLD, OLD)).hasStatusOk()
				.bodyText()
				.contains("The new password must differ from the current one.");
		}

		@Test
		void twoDifferentNewPasswordsAreRefused() {
			assertThat(change(OLD, NEW, NEW + "!")).hasStatusOk()
				.bodyText()
				.contains("id=\"confirmPassword-error\"", "The two passwords are not the same.");
			assertOldPasswordStillWorks();
		}

		@Test
		void aFormWithoutCsrfTokenIsRefused() {
			assertThat(PasswordControllerTests.this.mvc.post()
				.uri("/account/password")
				.session(PasswordControllerTests.this.session)
				.param("currentPassword", OLD)
				.param("newPassword", NEW)
				.param("confirmPassword", NEW)).hasStatus(HttpStatus.FORBIDDEN);
			assertOldPasswordStillWorks();
		}

		private void assertOldPasswordStillWorks() {
			assertThat(formLogin(PasswordControllerTests.this.name, OLD)).redirectedUrl().isEqualTo("/");
		}

	}

	private MvcTestResult change(String current, String newPassword, String confirm) {
		return this.mvc.post()
			.uri("/account/password?lang=en")
			.session(this.session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmPassword", confirm)
			.exchange();
	}

}
