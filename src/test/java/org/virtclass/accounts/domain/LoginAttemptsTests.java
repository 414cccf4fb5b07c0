package org.virtclass.accounts.domain;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.accounts.AccountsTestSupport;
import org.virtclass.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong passwords, locks and deactivation, through the login form and through HTTP Basic. */
class LoginAttemptsTests extends AccountsTestSupport {

	static final String PASSWORD = "purple-otter-lamp-42";

	@Autowired
	UserAccountRepository users;

	@Autowired
	UnknownLoginRepository unknownLogins;

	@Test
	void theRightPasswordLogsIn() {
		String name = createAccount("student", Role.STUDENT, PASSWORD);
		assertThat(formLogin(name, PASSWORD)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String name = createAccount("student", Role.STUDENT, PASSWORD);
		assertThat(this.users.findByUsername(name)).hasValueSatisfying(
				(u) -> assertThat(u.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD));
	}

	@Test
	void usernamesAreNotCaseSensitiveAtLogin() {
		String name = createAccount("student", Role.STUDENT, PASSWORD);
		assertThat(formLogin(name.toUpperCase(), PASSWORD)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		String name = createAccount("student", Role.STUDENT, PASSWORD);
		failFormLogins(name, 4);
		loggedIn(name, PASSWORD);
		failFormLogins(name, 4);
		assertThat(failureOf(formLogin(name, PASSWORD))).isNull();
	}

	@Test
	void failuresFurtherApartThanTheWindowDoNotAddUp() {
		String name = createAccount("student", Role.STUDENT, PASSWORD);
		failFormLogins(name, 4);
		this.clock.advance(Duration.ofMinutes(16));
		failFormLogins(name, 1);
		assertThat(failureOf(formLogin(name, PASSWORD))).isNull();
	}

	@Nested
	class WrongPasswords {

		@Test
		void aWrongPasswordIsRefusedWithTheGenericMessage() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			MvcTestResult result = formLogin(name, "not-the-password-at-all");
			assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
			assertThat(failureOf(result)).isInstanceOf(BadCredentialsException.class);
			assertThat(loginPage(result)).contains("Wrong username or password.");
		}

		@Test
		void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5);
			MvcTestResult result = formLogin(name, PASSWORD);
			assertThat(result).redirectedUrl().isEqualTo("/login?error");
			assertThat(failureOf(result)).isInstanceOf(LockedException.class);
			assertThat(loginPage(result)).contains("Too many failed attempts");
		}

		@Test
		void fourWrongPasswordsDoNotLock() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 4);
			assertThat(failureOf(formLogin(name, PASSWORD))).isNull();
		}

		@Test
		void theLockEndsAfterFifteenMinutes() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5);
			LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(14));
			assertThat(failureOf(formLogin(name, PASSWORD))).isInstanceOf(LockedException.class);
			LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
			assertThat(formLogin(name, PASSWORD)).redirectedUrl().isEqualTo("/");
		}

		@Test
		void aLockedAccountIsRefusedOnHttpBasic() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			assertThat(api(name, PASSWORD)).hasStatus(HttpStatus.NOT_FOUND);
			for (int i = 0; i < 5; i++) {
				assertThat(api(name, "wrong-password-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
			}
			assertThat(api(name, PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(failureOf(formLogin(name, PASSWORD))).isInstanceOf(LockedException.class);
			LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(16));
			assertThat(api(name, PASSWORD)).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void failuresOnTheFormAndOnHttpBasicCountTogether() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			failFormLogins(name, 3);
			api(name, "wrong-1");
			api(name, "wrong-2");
			assertThat(api(name, PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void anUnknownNameBehavesExactlyLikeARealOne() {
			String unknown = uniqueName("nobody");
			MvcTestResult first = formLogin(unknown, PASSWORD);
			assertThat(failureOf(first)).isInstanceOf(BadCredentialsException.class);
			failFormLogins(unknown, 4);
			assertThat(failureOf(formLogin(unknown, PASSWORD))).isInstanceOf(LockedException.class);
			LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(16));
			assertThat(failureOf(formLogin(unknown, PASSWORD))).isInstanceOf(BadCredentialsException.class);
		}

		@Test
		void unknownNamesAreForgottenOnceThereIsNothingToRemember() {
			String unknown = uniqueName("nobody");
			failFormLogins(unknown, 2);
			assertThat(LoginAttemptsTests.this.unknownLogins.findById(unknown)).isPresent();
			LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(16));
			failFormLogins(uniqueName("someoneelse"), 1);
			assertThat(LoginAttemptsTests.this.unknownLogins.findById(unknown)).isEmpty();
		}

		@Test
		void anAbsurdlyLongNameIsSimplyRefused() {
			String longName = "x".repeat(200);
			failFormLogins(longName, 6);
			assertThat(failureOf(formLogin(longName, PASSWORD))).isInstanceOf(BadCredentialsException.class);
		}

	}

	@Nested
	class Deactivated {

		@Test
		void aDeactivatedAccountCannotLogInWithTheRightPassword() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			deactivate(name);
			MvcTestResult result = formLogin(name, PASSWORD);
			assertThat(failureOf(result)).isInstanceOf(DisabledException.class);
			assertThat(loginPage(result)).contains("This account has been deactivated.");
		}

		@Test
		void aWrongPasswordOnADeactivatedAccountRevealsNothing() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			deactivate(name);
			assertThat(failureOf(formLogin(name, "guessing-a-password"))).isInstanceOf(BadCredentialsException.class);
		}

		@Test
		void aDeactivatedInstructorIsRefusedOnHttpBasic() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			deactivate(name);
			assertThat(api(name, PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		@Test
		void deactivationEndsSessionsThatAreAlreadyOpen() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			MockHttpSession session = loggedIn(name, PASSWORD);
			assertThat(LoginAttemptsTests.this.mvc.get().uri("/account/password").session(session)).hasStatusOk();
			deactivate(name);
			MvcTestResult next = LoginAttemptsTests.this.mvc.get().uri("/account/password").session(session).exchange();
			assertThat(next).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
			assertThat(failureOf(next)).isInstanceOf(DisabledException.class);
			assertThat(session.isInvalid()).isTrue();
		}

		private void deactivate(String name) {
			long id = LoginAttemptsTests.this.users.findByUsername(name).orElseThrow().getId();
			assertThat(LoginAttemptsTests.this.accounts.deactivate(id, "test")).isEqualTo(AccountService.Outcome.DONE);
		}

	}

	private void failFormLogins(String name, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(failureOf(formLogin(name, "wrong-password-" + i))).isInstanceOf(BadCredentialsException.class);
		}
	}

	private MvcTestResult api(String name, String password) {
		return this.mvc.get().uri("/api/no-such-thing").header(HttpHeaders.AUTHORIZATION, basic(name, password)).exchange();
	}

	private static Object failureOf(MvcTestResult result) {
		var session = result.getRequest().getSession(false);
		boolean failed = result.getResponse().getRedirectedUrl() != null
				&& result.getResponse().getRedirectedUrl().contains("error");
		return (failed && session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
	}

	private String loginPage(MvcTestResult failed) {
		MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);
		return new String(this.mvc.get().uri("/login").param("error", "").param("lang", "en").session(session).exchange().getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
