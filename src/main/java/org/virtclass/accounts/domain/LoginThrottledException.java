package org.virtclass.accounts.domain;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;
import org.virtclass.system.RetryLater;

/**
 * A login attempt that came too soon after wrong passwords; its password was not checked.
 */
public class LoginThrottledException extends AuthenticationException implements RetryLater {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; retry in " + retryAfter.toSeconds() + "s");
		this.retryAfter = retryAfter;
	}

	@Override
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
