package org.virtclass.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a username and a password must look like. Each check answers with the message key
 * of the first rule broken, so that the form can show it next to its field.
 */
public final class AccountRules {

	/**
	 * Lower case so that "Alice" and "alice" cannot be two people; a letter first so it
	 * reads as a name.
	 */
	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

	public static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * bcrypt reads only the first 72 bytes, and Spring Security refuses longer input
	 * rather than truncate.
	 */
	public static final int MAX_PASSWORD_BYTES = 72;

	private AccountRules() {
	}

	/** Usernames are stored and compared in lower case, without surrounding spaces. */
	public static String normalizeUsername(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	public static Optional<String> checkUsername(String normalized) {
		if (normalized.isEmpty()) {
			return Optional.of("accounts.username.required");
		}
		if (!USERNAME.matcher(normalized).matches()) {
			return Optional.of("accounts.username.invalid");
		}
		return Optional.empty();
	}

	public static Optional<String> checkPassword(String username, String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("accounts.password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			return Optional.of("accounts.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("accounts.password.tooLong");
		}
		if (password.strip().equalsIgnoreCase(normalizeUsername(username))) {
			return Optional.of("accounts.password.sameAsUsername");
		}
		if (password.codePoints().distinct().count() < 4) {
			return Optional.of("accounts.password.tooSimple");
		}
		return Optional.empty();
	}

}
