package org.virtclass.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.accounts.AccountsProperties;

/**
 * Counts wrong passwords from the login form and from HTTP Basic alike, and locks an account after
 * too many. Names that belong to no account are counted too, in memory, and "lock" the same way:
 * otherwise the lock message itself would tell an attacker which usernames exist.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** Bounds the memory an attacker can fill with invented names. */
	static final int MAX_UNKNOWN_NAMES = 10_000;

	private final UserAccountRepository users;

	private final Clock clock;

	private final LoginLimits limits;

	private final Map<String, LoginFailures> unknownNames = new ConcurrentHashMap<>();

	LoginAttempts(UserAccountRepository users, Clock clock, AccountsProperties properties) {
		this.users = users;
		this.clock = clock;
		this.limits = LoginLimits.of(properties);
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		if (name == null || name.isBlank()) {
			return;
		}
		Instant now = this.clock.instant();
		this.users.lockByUsername(name).ifPresentOrElse((account) -> {
			if (account.loginFailures().record(now, this.limits)) {
				log.warn("Account '{}' locked until {} after {} failed logins", account.getUsername(),
						account.getLockedUntil(), this.limits.maxFailures());
			}
		}, () -> recordUnknown(name, now));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		this.users.clearFailedLogins(event.getAuthentication().getName());
	}

	/** Whether a name without an account should look locked right now. */
	boolean isUnknownNameLocked(String name) {
		LoginFailures failures = this.unknownNames.get(key(name));
		return failures != null && failures.isLockedAt(this.clock.instant());
	}

	private void recordUnknown(String name, Instant now) {
		if (this.unknownNames.size() >= MAX_UNKNOWN_NAMES) {
			this.unknownNames.values().removeIf((f) -> f.isForgettable(now, this.limits));
			if (this.unknownNames.size() >= MAX_UNKNOWN_NAMES) {
				this.unknownNames.clear();
			}
		}
		this.unknownNames.compute(key(name), (k, failures) -> {
			LoginFailures counted = (failures != null) ? failures : new LoginFailures();
			counted.record(now, this.limits);
			return counted;
		});
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
