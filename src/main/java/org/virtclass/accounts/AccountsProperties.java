package org.virtclass.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param instructorUser name of the instructor created on first start ({@code VIRTCLASS_INSTRUCTOR_USER})
 * @param instructorPassword that instructor's password ({@code VIRTCLASS_INSTRUCTOR_PASSWORD}); when
 * blank a random one is generated and printed once to the log
 * @param maxFailedLogins wrong passwords within {@code failureWindow} that lock an account
 * ({@code virtclass.accounts.max-failed-logins}, default 5)
 * @param failureWindow how long failures keep counting from the first one (default 15 minutes)
 * @param lockDuration how long a locked account refuses every login, even with the right password
 * (default 15 minutes)
 */
@ConfigurationProperties("virtclass.accounts")
public record AccountsProperties(String instructorUser, String instructorPassword,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockDuration) {

	public AccountsProperties {
		if (instructorUser == null || instructorUser.isBlank()) {
			instructorUser = "admin";
		}
		if (maxFailedLogins < 1) {
			throw new IllegalArgumentException("virtclass.accounts.max-failed-logins must be at least 1");
		}
		if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
			throw new IllegalArgumentException("virtclass.accounts.failure-window must be positive");
		}
		if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("virtclass.accounts.lock-duration must be positive");
		}
	}

}
