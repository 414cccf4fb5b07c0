package org.virtclass.system;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production password encoder. The test contexts use a cheaper one
 * ({@code accounts.TestPasswords}), so this is where the strength is held.
 */
class PasswordHashingTests {

	@Test
	void passwordsAreStoredAsBcryptOfCostTen() {
		PasswordEncoder encoder = new SecurityConfig().passwordEncoder();
		String hash = encoder.encode("correct-horse-battery-staple");
		assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("correct-horse");
		assertThat(encoder.matches("correct-horse-battery-staple", hash)).isTrue();
		assertThat(encoder.matches("correct-horse-battery-stapler", hash)).isFalse();
	}

}
