package org.virtclass.accounts.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.accounts.AccountsTestSupport;
import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** An instructor manages accounts at /instructor/accounts. */
class AccountControllerTests extends AccountsTestSupport {

	static final String PASSWORD = "marble-kettle-sunrise-9";

	@Autowired
	UserAccountRepository users;

	MockHttpSession instructor;

	String instructorName;

	@BeforeEach
	void logInAsInstructor() {
		this.instructorName = createAccount("lead", Role.INSTRUCTOR, PASSWORD);
		this.instructor = loggedIn(this.instructorName, PASSWORD);
	}

	@Test
	void listsEveryAccountWithRoleAndStatus() {
		String student = createAccount("student", Role.STUDENT, PASSWORD);
		assertThat(this.mvc.get().uri("/instructor/accounts?lang=en").session(this.instructor)).hasStatusOk()
			.bodyText()
			.contains("Accounts", this.instructorName, student, "Student", "Instructor", "Active", "New account");
	}

	@Test
	void createsAnInstructorWhoCanThenLogIn() {
		String name = uniqueName("newteacher");
		MvcTestResult created = create(name, "INSTRUCTOR", "window-garden-copper-7", "window-garden-copper-7");
		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/instructor/accounts");
		assertThat(created).flash().containsEntry("flash", "Created the account " + name + " (Instructor).");
		assertThat(this.users.findByUsername(name)).hasValueSatisfying((u) -> {
			assertThat(u.getRole()).isEqualTo(Role.INSTRUCTOR);
			assertThat(u.isActive()).isTrue();
		});
		MockHttpSession session = loggedIn(name, "window-garden-copper-7");
		assertThat(this.mvc.get().uri("/instructor/accounts").session(session)).hasStatusOk();
	}

	@Test
	void storesUsernamesInLowerCase() {
		String name = uniqueName("mixed");
		assertThat(create("  " + name.toUpperCase() + " ", "STUDENT", PASSWORD, PASSWORD)).hasStatus(HttpStatus.FOUND);
		assertThat(this.users.findByUsername(name)).isPresent();
	}

	@Test
	void deactivatesAndReactivatesAnotherAccount() {
		String student = createAccount("student", Role.STUDENT, PASSWORD);
		long id = this.users.findByUsername(student).orElseThrow().getId();
		assertThat(post("/instructor/accounts/" + id + "/deactivate")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "The account has been deactivated.");
		assertThat(this.users.findById(id)).hasValueSatisfying((u) -> assertThat(u.isActive()).isFalse());
		assertThat(this.mvc.get().uri("/instructor/accounts?lang=en").session(this.instructor)).bodyText()
			.contains("Deactivated", "Reactivate");
		assertThat(post("/instructor/accounts/" + id + "/reactivate")).hasStatus(HttpStatus.FOUND);
		assertThat(this.users.findById(id)).hasValueSatisfying((u) -> assertThat(u.isActive()).isTrue());
		loggedIn(student, PASSWORD);
	}

	@Test
	void clearsTheWrongPasswordsThatSlowAnAccount() {
		String student = createAccount("student", Role.STUDENT, PASSWORD);
		for (int i = 0; i < 5; i++) {
			formLogin(student, "wrong-password-" + i);
		}
		assertThat(formLogin(student, PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		assertThat(this.mvc.get().uri("/instructor/accounts?lang=en").session(this.instructor)).bodyText()
			.contains("5 wrong passwords lately", "Clear wrong passwords");
		long id = this.users.findByUsername(student).orElseThrow().getId();
		assertThat(post("/instructor/accounts/" + id + "/unlock")).hasStatus(HttpStatus.FOUND);
		loggedIn(student, PASSWORD);
	}

	@Nested
	class Refused {

		@Test
		void anInstructorCannotDeactivateThemselves() {
			long self = AccountControllerTests.this.users.findByUsername(AccountControllerTests.this.instructorName)
				.orElseThrow()
				.getId();
			assertThat(post("/instructor/accounts/" + self + "/deactivate")).hasStatus(HttpStatus.FOUND)
				.flash()
				.containsEntry("flashError", "You cannot deactivate your own account. Ask another instructor.");
			assertThat(AccountControllerTests.this.users.findById(self))
				.hasValueSatisfying((u) -> assertThat(u.isActive()).isTrue());
		}

		@Test
		void theListOffersNoDeactivateButtonForYourself() {
			assertThat(AccountControllerTests.this.mvc.get()
				.uri("/instructor/accounts?lang=en")
				.session(AccountControllerTests.this.instructor)).bodyText()
				.doesNotContain("Deactivate " + AccountControllerTests.this.instructorName + "\"");
		}

		@Test
		void anUnknownAccountIsNotFound() {
			assertThat(post("/instructor/accounts/987654/deactivate")).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void studentsCannotOpenTheAccountsPage() {
			String student = createAccount("student", Role.STUDENT, PASSWORD);
			MockHttpSession session = loggedIn(student, PASSWORD);
			assertThat(AccountControllerTests.this.mvc.get().uri("/instructor/accounts").session(session))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(AccountControllerTests.this.mvc.post()
				.uri("/instructor/accounts")
				.session(session)
				.with(csrf())
				.param("username", uniqueName("sneaky"))
				.param("role", "INSTRUCTOR")
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		}

		@Test
		void visitorsAreSentToTheLoginPage() {
			assertThat(AccountControllerTests.this.mvc.get().uri("/instructor/accounts")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
		}

		@Test
		void aFormWithoutCsrfTokenIsRefused() {
			String name = uniqueName("nocsrf");
			assertThat(AccountControllerTests.this.mvc.post()
				.uri("/instructor/accounts")
				.session(AccountControllerTests.this.instructor)
				.param("username", name)
				.param("role", "STUDENT")
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(AccountControllerTests.this.users.findByUsername(name)).isEmpty();
			String student = createAccount("student", Role.STUDENT, PASSWORD);
			long id = AccountControllerTests.this.users.findByUsername(student).orElseThrow().getId();
			assertThat(AccountControllerTests.this.mvc.post()
				.uri("/instructor/accounts/" + id + "/deactivate")
				.session(AccountControllerTests.this.instructor)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(AccountControllerTests.this.users.findById(id))
				.hasValueSatisfying((u) -> assertThat(u.isActive()).isTrue());
		}

	}

	@Nested
	class InvalidInput {

		@Test
		void aUsernameWithSpacesOrSymbolsIsShownNextToTheField() {
			MvcTestResult result = create("bad name!", "STUDENT", PASSWORD, PASSWORD);
			assertThat(result).hasStatusOk()
				.bodyText()
				.contains("id=\"username-error\"", "Use 3 to 32 lower-case letters", "value=\"bad name!\"");
		}

		@Test
		void aTooShortUsernameIsRefused() {
			assertThat(create("ab", "STUDENT", PASSWORD, PASSWORD)).hasStatusOk().bodyText().contains("Use 3 to 32");
		}

		@Test
		void aBlankUsernameIsRefused() {
			assertThat(create("  ", "STUDENT", PASSWORD, PASSWORD)).hasStatusOk()
				.bodyText()
				.contains("Enter a username.");
		}

		@Test
		void aTakenUsernameIsRefusedWhateverItsCase() {
			assertThat(create(AccountControllerTests.this.instructorName.toUpperCase(), "STUDENT", PASSWORD, PASSWORD))
				.hasStatusOk()
				.bodyText()
				.contains("This username is already taken.");
		}

		@Test
		void aShortPasswordIsRefusedAndNotSentBack() {
			String name = uniqueName("short");
			MvcTestResult result = create(name, "INSTRUCTOR", "Short-pw-1", "Short-pw-1");
			assertThat(result).hasStatusOk()
				.bodyText()
				.contains("id=\"password-error\"", "The password needs at least 12 characters.",
						"value=\"" + name + "\"")
				.doesNotContain("Short-pw-1");
			assertThat(result).bodyText().containsPattern("value=\"INSTRUCTOR\"[^>]*checked");
			assertThat(AccountControllerTests.this.users.findByUsername(name)).isEmpty();
		}

		@Test
		void aPasswordEqualToTheUsernameIsRefused() {
			String name = uniqueName("longusername");
			assertThat(create(name, "STUDENT", name.toUpperCase(), name.toUpperCase())).hasStatusOk()
				.bodyText()
				.contains("The password must not be the username.");
		}

		@Test
		void aRepeatedPasswordThatDiffersIsRefused() {
			assertThat(create(uniqueName("typo"), "STUDENT", PASSWORD, PASSWORD + "x")).hasStatusOk()
				.bodyText()
				.contains("id=\"confirmPassword-error\"", "The two passwords are not the same.");
		}

		@Test
		void anUnknownRoleIsRefused() {
			assertThat(create(uniqueName("admin"), "ROOT", PASSWORD, PASSWORD)).hasStatusOk()
				.bodyText()
				.contains("Choose a role.");
		}

		@Test
		void errorsAreShownInChineseToo() {
			assertThat(AccountControllerTests.this.mvc.post()
				.uri("/instructor/accounts?lang=zh_CN")
				.session(AccountControllerTests.this.instructor)
				.with(csrf())
				.param("username", "x")
				.param("role", "STUDENT")
				.param("password", "short")
				.param("confirmPassword", "other")).hasStatusOk()
				.bodyText()
				.contains("请使用 3～32 个小写字母", "密码至少需要 12 个字符", "两次输入的密码不一致");
		}

	}

	private MvcTestResult create(String username, String role, String password, String confirm) {
		return this.mvc.post()
			.uri("/instructor/accounts?lang=en")
			.session(this.instructor)
			.with(csrf())
			.param("username", username)
			.param("role", role)
			.param("password", password)
			.param("confirmPassword", confirm)
			.exchange();
	}

	private MvcTestResult post(String path) {
		return this.mvc.post().uri(path + "?lang=en").session(this.instructor).with(csrf()).exchange();
	}

}
