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
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.accounts.AccountsTestSupport;
import org.virtclass.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords, throttling and deactivation, through the login form and through HTTP
 * Basic. Wrong passwords never lock an account: they make further attempts from the same
 * address wait.
 */
class LoginAttemptsTests extends AccountsTestSupport {

	static final String PASSWORD = "purple-otter-lamp-42";

	@Autowired
	UserAccountRepository users;

	@Autowired
	LoginThrottle throttle;

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
		failFormLogins(name, 4, this.address);
		loggedIn(name, PASSWORD);
		failFormLogins(name, 4, this.address);
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
		void afterFiveWrongPasswordsTheNextAttemptFromThatAddressWaits() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5, address);
			MvcTestResult result = formLogin(name, PASSWORD);
			assertThat(result).redirectedUrl().isEqualTo("/login?error");
			assertThat(failureOf(result)).isInstanceOf(LoginThrottledException.class);
			assertThat(loginPage(result)).contains("Too many wrong passwords from here");
			LoginAttemptsTests.this.clock.advance(Duration.ofSeconds(1));
			assertThat(formLogin(name, PASSWORD)).redirectedUrl().isEqualTo("/");
		}

		@Test
		void fourWrongPasswordsCostNoWait() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 4, address);
			assertThat(failureOf(formLogin(name, PASSWORD))).isNull();
		}

		@Test
		void eachFurtherWrongPasswordDoublesTheWait() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5, address);
			// The test clock runs on in real time as well, so each wait is a little less
			// than its step.
			Duration step = Duration.ofSeconds(1);
			assertThat(waitOf(formLogin(name, PASSWORD))).isBetween(step.minusMillis(500), step);
			for (int i = 0; i < 5; i++) {
				// Shortly before the wait is over, even the right password is refused
				// unchecked.
				LoginAttemptsTests.this.clock.advance(step.minusMillis(500));
				assertThat(failureOf(formLogin(name, PASSWORD))).isInstanceOf(LoginThrottledException.class);
				LoginAttemptsTests.this.clock.advance(Duration.ofMillis(500));
				assertThat(failureOf(formLogin(name, "still-wrong-" + i))).isInstanceOf(BadCredentialsException.class);
				step = step.multipliedBy(2);
				assertThat(waitOf(formLogin(name, PASSWORD))).isBetween(step.minusMillis(500), step);
			}
		}

		@Test
		void attemptsRefusedWhileWaitingDoNotMakeTheWaitLonger() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5, address);
			for (int i = 0; i < 20; i++) {
				assertThat(failureOf(formLogin(name, "hammering-" + i))).isInstanceOf(LoginThrottledException.class);
			}
			LoginAttemptsTests.this.clock.advance(Duration.ofSeconds(1));
			assertThat(formLogin(name, PASSWORD)).redirectedUrl().isEqualTo("/");
		}

		@Test
		void aStrangersWrongPasswordsDoNotStopTheOwner() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			String usual = newAddress();
			loggedIn(name, PASSWORD, usual);
			String stranger = newAddress();
			for (int i = 0; i < 12; i++) {
				formLogin(name, "guess-" + i, stranger);
				LoginAttemptsTests.this.clock.advance(Duration.ofMinutes(16));
			}
			assertThat(failureOf(formLogin(name, "guess-again", stranger))).isInstanceOf(BadCredentialsException.class);
			assertThat(failureOf(formLogin(name, PASSWORD, stranger))).isInstanceOf(LoginThrottledException.class);
			assertThat(formLogin(name, PASSWORD, usual)).redirectedUrl().isEqualTo("/instructor");
			assertThat(formLogin(name, PASSWORD, newAddress())).redirectedUrl().isEqualTo("/instructor");
			assertThat(api(name, PASSWORD, usual)).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void guessesSpreadOverManyAddressesSlowNewAddressesButNotTheUsualOne() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			String usual = newAddress();
			loggedIn(name, PASSWORD, usual);
			for (int i = 0; i < 50; i++) {
				formLogin(name, "spread-guess-" + i, newAddress());
			}
			assertThat(failureOf(formLogin(name, PASSWORD, newAddress()))).isInstanceOf(LoginThrottledException.class);
			assertThat(formLogin(name, PASSWORD, usual)).redirectedUrl().isEqualTo("/instructor");
		}

		@Test
		void aSignedInBrowserStaysSignedInWhileStrangersGuess() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			MockHttpSession session = loggedIn(name, PASSWORD);
			String stranger = newAddress();
			failFormLogins(name, 5, stranger);
			assertThat(LoginAttemptsTests.this.mvc.get().uri("/account/password").session(session)).hasStatusOk();
		}

		@Test
		void failuresOnTheFormAndOnHttpBasicCountTogether() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			failFormLogins(name, 3, address);
			api(name, "wrong-1", address);
			api(name, "wrong-2", address);
			MvcTestResult result = api(name, PASSWORD, address);
			assertThat(result).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			assertThat(result).bodyText().contains("Too many failed logins");
		}

		@Test
		void failedBasicLoginsFromOneAddressAreSlowedBeforeAnyPasswordIsChecked() {
			String teacher = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			for (int i = 0; i < 20; i++) {
				assertThat(api(uniqueName("guess"), "wrong", address)).hasStatus(HttpStatus.UNAUTHORIZED);
			}
			// The right password of a real account is not even looked at from this
			// address now.
			assertThat(api(teacher, PASSWORD, address)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(api(teacher, PASSWORD, newAddress())).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void aPublicEndpointIgnoresTheAuthorizationHeader() {
			String name = createAccount("teacher", Role.INSTRUCTOR, PASSWORD);
			for (int i = 0; i < 10; i++) {
				assertThat(LoginAttemptsTests.this.mvc.get()
					.uri("/api/tools")
					.header(HttpHeaders.AUTHORIZATION, basic(name, "wrong-" + i))
					.with((r) -> {
						r.setRemoteAddr(address);
						return r;
					})).hasStatusOk();
			}
			assertThat(LoginAttemptsTests.this.throttle.recentFailures(name)).isZero();
			assertThat(api(name, PASSWORD, address)).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void anUnknownNameBehavesExactlyLikeARealOne() {
			String unknown = uniqueName("nobody");
			MvcTestResult first = formLogin(unknown, PASSWORD);
			assertThat(failureOf(first)).isInstanceOf(BadCredentialsException.class);
			failFormLogins(unknown, 4, address);
			assertThat(failureOf(formLogin(unknown, PASSWORD))).isInstanceOf(LoginThrottledException.class);
			LoginAttemptsTests.this.clock.advance(Duration.ofSeconds(1));
			assertThat(failureOf(formLogin(unknown, PASSWORD))).isInstanceOf(BadCredentialsException.class);
		}

		@Test
		void failuresAreForgottenAfterADay() {
			String name = createAccount("student", Role.STUDENT, PASSWORD);
			failFormLogins(name, 5, address);
			assertThat(LoginAttemptsTests.this.throttle.recentFailures(name)).isEqualTo(5);
			LoginAttemptsTests.this.clock.advance(Duration.ofHours(24));
			assertThat(LoginAttemptsTests.this.throttle.recentFailures(name)).isZero();
			assertThat(failureOf(formLogin(name, PASSWORD))).isNull();
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
			assertThat(api(name, PASSWORD, address)).hasStatus(HttpStatus.UNAUTHORIZED);
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

	private void failFormLogins(String name, int times, String from) {
		for (int i = 0; i < times; i++) {
			assertThat(failureOf(formLogin(name, "wrong-password-" + i, from)))
				.isInstanceOf(BadCredentialsException.class);
		}
	}

	/** Signed in: instructors land on their workspace, everyone else on the home page. */
	private void loggedIn(String name, String password, String from) {
		assertThat(formLogin(name, password, from)).redirectedUrl().isIn("/", "/instructor");
	}

	private MvcTestResult api(String name, String password, String from) {
		return this.mvc.get()
			.uri("/api/no-such-thing")
			.header(HttpHeaders.AUTHORIZATION, basic(name, password))
			.with((r) -> {
				r.setRemoteAddr(from);
				return r;
			})
			.exchange();
	}

	private static Duration waitOf(MvcTestResult result) {
		Object failure = failureOf(result);
		assertThat(failure).isInstanceOf(LoginThrottledException.class);
		return ((LoginThrottledException) failure).retryAfter();
	}

	private static Object failureOf(MvcTestResult result) {
		var session = result.getRequest().getSession(false);
		boolean failed = result.getResponse().getRedirectedUrl() != null
				&& result.getResponse().getRedirectedUrl().contains("error");
		return (failed && session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
	}

	private String loginPage(MvcTestResult failed) {
		MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);
		return new String(this.mvc.get()
			.uri("/login")
			.param("error", "")
			.param("lang", "en")
			.session(session)
			.exchange()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
