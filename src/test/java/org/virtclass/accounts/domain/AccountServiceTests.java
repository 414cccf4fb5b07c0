package org.virtclass.accounts.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.AccountService.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DataJpaTest(showSql = false)
@Import({ AccountService.class, AccountServiceBeans.class })
class AccountServiceTests {

	static final String PASSWORD = "saffron-tunnel-meadow-5";

	@Autowired
	AccountService accounts;

	@Test
	void anInstructorDeactivatesAnotherInstructor() {
		UserAccount ann = this.accounts.create("ann", Role.INSTRUCTOR, PASSWORD, "test");
		UserAccount bob = this.accounts.create("bob", Role.INSTRUCTOR, PASSWORD, "test");
		assertThat(this.accounts.deactivate(bob.getId(), ann.getUsername())).isEqualTo(Outcome.DONE);
		assertThat(this.accounts.isActive("bob")).isFalse();
		assertThat(this.accounts.reactivate(bob.getId(), ann.getUsername())).isEqualTo(Outcome.DONE);
		assertThat(this.accounts.isActive("BOB")).isTrue();
	}

	@Test
	void studentsCanAlwaysBeDeactivated() {
		UserAccount ann = this.accounts.create("ann", Role.INSTRUCTOR, PASSWORD, "test");
		UserAccount stu = this.accounts.create("stu", Role.STUDENT, PASSWORD, "test");
		assertThat(this.accounts.deactivate(stu.getId(), ann.getUsername())).isEqualTo(Outcome.DONE);
	}

	@Test
	void changesAPasswordToANewHash() {
		UserAccount ann = this.accounts.create("ann", Role.INSTRUCTOR, PASSWORD, "test");
		String before = ann.getPasswordHash();
		this.accounts.changePassword("ann", "another-good-passphrase");
		assertThat(this.accounts.passwordMatches("ann", "another-good-passphrase")).isTrue();
		assertThat(this.accounts.passwordMatches("ann", PASSWORD)).isFalse();
		assertThat(ann.getPasswordHash()).isNotEqualTo(before).startsWith("{bcrypt}");
	}

	@Nested
	class Refuses {

		@Test
		void toDeactivateTheLastActiveInstructor() {
			UserAccount ann = AccountServiceTests.this.accounts.create("ann", Role.INSTRUCTOR, PASSWORD, "test");
			UserAccount bob = AccountServiceTests.this.accounts.create("bob", Role.INSTRUCTOR, PASSWORD, "test");
			assertThat(AccountServiceTests.this.accounts.deactivate(bob.getId(), "ann")).isEqualTo(Outcome.DONE);
			// Only reachable when two instructors act at once, or bob's session outlived
			// him: the rule
			// must hold anyway.
			assertThat(AccountServiceTests.this.accounts.deactivate(ann.getId(), "bob"))
				.isEqualTo(Outcome.LAST_INSTRUCTOR);
			assertThat(AccountServiceTests.this.accounts.isActive("ann")).isTrue();
		}

		@Test
		void toDeactivateYourself() {
			UserAccount ann = AccountServiceTests.this.accounts.create("ann", Role.INSTRUCTOR, PASSWORD, "test");
			AccountServiceTests.this.accounts.create("bob", Role.INSTRUCTOR, PASSWORD, "test");
			assertThat(AccountServiceTests.this.accounts.deactivate(ann.getId(), "ANN")).isEqualTo(Outcome.SELF);
			assertThat(AccountServiceTests.this.accounts.isActive("ann")).isTrue();
		}

		@Test
		void anAccountThatDoesNotExist() {
			assertThat(AccountServiceTests.this.accounts.deactivate(4242L, "ann")).isEqualTo(Outcome.NOT_FOUND);
			assertThat(AccountServiceTests.this.accounts.reactivate(4242L, "ann")).isEqualTo(Outcome.NOT_FOUND);
			assertThat(AccountServiceTests.this.accounts.unlock(4242L, "ann")).isEqualTo(Outcome.NOT_FOUND);
		}

		@Test
		void accountsThatBreakTheRulesEvenWithoutTheForm() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AccountServiceTests.this.accounts.create("x y", Role.STUDENT, PASSWORD, "test"))
				.withMessage("accounts.username.invalid");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AccountServiceTests.this.accounts.create("carol", Role.STUDENT, "short", "test"))
				.withMessage("accounts.password.tooShort");
			AccountServiceTests.this.accounts.create("dave", Role.STUDENT, PASSWORD, "test");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> AccountServiceTests.this.accounts.changePassword("dave", "tiny"))
				.withMessage("accounts.password.tooShort");
		}

	}

}
