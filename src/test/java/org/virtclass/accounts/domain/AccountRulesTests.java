package org.virtclass.accounts.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	@Test
	void acceptsAnOrdinaryNameAndAPassphrase() {
		assertThat(AccountRules.checkUsername("li.wei-2")).isEmpty();
		assertThat(AccountRules.checkPassword("li.wei-2", "correct horse battery")).isEmpty();
	}

	@Test
	void normalizesUsernamesToTrimmedLowerCase() {
		assertThat(AccountRules.normalizeUsername("  Li.Wei ")).isEqualTo("li.wei");
		assertThat(AccountRules.normalizeUsername(null)).isEmpty();
	}

	@Test
	void acceptsAChinesePassphraseWithinSeventyTwoBytes() {
		assertThat(AccountRules.checkPassword("student", "虚拟机不是容器也不是模拟器哦")).isEmpty();
	}

	@Nested
	class Refuses {

		@Test
		void blankOrMalformedUsernames() {
			assertThat(AccountRules.checkUsername("")).contains("accounts.username.required");
			assertThat(AccountRules.checkUsername("ab")).contains("accounts.username.invalid");
			assertThat(AccountRules.checkUsername("1abc")).contains("accounts.username.invalid");
			assertThat(AccountRules.checkUsername("has space")).contains("accounts.username.invalid");
			assertThat(AccountRules.checkUsername("Upper")).contains("accounts.username.invalid");
			assertThat(AccountRules.checkUsername("a".repeat(33))).contains("accounts.username.invalid");
		}

		@Test
		void passwordsShorterThanTwelveCharacters() {
			assertThat(AccountRules.checkPassword("bob", "")).contains("accounts.password.required");
			assertThat(AccountRules.checkPassword("bob", "abcdefghijk")).contains("accounts.password.tooShort");
			assertThat(AccountRules.checkPassword("bob", "abcdefghijkl")).isEmpty();
		}

		@Test
		void passwordsThatBcryptWouldCutShort() {
			assertThat(AccountRules.checkPassword("bob", "abcdefgh".repeat(9))).isEmpty();
			assertThat(AccountRules.checkPassword("bob", "abcdefgh".repeat(9) + "x"))
				.contains("accounts.password.tooLong");
			assertThat(AccountRules.checkPassword("bob", "虚拟机".repeat(9))).contains("accounts.password.tooLong");
		}

		@Test
		void thePasswordBeingTheUsernameInAnyCase() {
			assertThat(AccountRules.checkPassword("classroom-one", "Classroom-One"))
				.contains("accounts.password.sameAsUsername");
		}

		@Test
		void passwordsOfOneRepeatedCharacter() {
			assertThat(AccountRules.checkPassword("bob", "zzzzzzzzzzzzzzzz")).contains("accounts.password.tooSimple");
			assertThat(AccountRules.checkPassword("bob", "ababababababab")).contains("accounts.password.tooSimple");
		}

	}

}
