package org.virtclass.accounts.domain;

import java.time.Duration;

import org.virtclass.accounts.AccountsProperties;

/** When failed logins lock an account, and for how long. */
record LoginLimits(int maxFailures, Duration window, Duration lockDuration) {

	static LoginLimits of(AccountsProperties properties) {
		return new LoginLimits(properties.maxFailedLogins(), properties.failureWindow(), properties.lockDuration());
	}

}
