package org.virtclass.accounts;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The app's password encoder (bcrypt behind the {@code {bcrypt}} prefix) at bcrypt's
 * lowest cost. The tests log in hundreds of times, and what they check is who gets in and
 * when, not what a guess costs an attacker; at the production cost each check takes a
 * tenth of a second of CPU. {@code PasswordHashingTests} checks the production strength.
 */
public final class TestPasswords {

	private TestPasswords() {
	}

	public static PasswordEncoder encoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
