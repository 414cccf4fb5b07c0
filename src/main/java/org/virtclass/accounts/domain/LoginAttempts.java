package org.virtclass.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtclass.accounts.AccountsProperties;

/**
 * Counts wrong passwords from the login form and from HTTP Basic alike, and locks an account after
 * too many. Names that belong to no account are counted too and "lock" the same way: otherwise the
 * lock message itself would tell an attacker which usernames exist.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** Longer names can never belong to an account, so refusing them plainly reveals nothing. */
	private static final int MAX_NAME_KEY = 64;

	private final UserAccountRepository users;

	private final UnknownLoginRepository unknown;

	private final Clock clock;

	private final LoginLimits limits;

	private final TransactionTemplate transactions;

	LoginAttempts(UserAccountRepository users, UnknownLoginRepository unknown, Clock clock,
			AccountsProperties properties, PlatformTransactionManager transactionManager) {
		this.users = users;
		this.unknown = unknown;
		this.clock = clock;
		this.limits = LoginLimits.of(properties);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		if (name == null || name.isBlank()) {
			return;
		}
		Instant now = this.clock.instant();
		// The listener runs inside the login itself: a database hiccup here (two instances counting
		// the same new name at once, say) must cost at most one count, never the login response.
		try {
			this.transactions.executeWithoutResult((tx) -> this.users.lockByUsername(name)
				.ifPresentOrElse((account) -> recordKnown(account, now), () -> recordUnknown(name, now)));
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not count a failed login: {}", ex.getMessage());
		}
	}

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		try {
			this.transactions.executeWithoutResult(
					(tx) -> this.users.clearFailedLogins(event.getAuthentication().getName()));
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not reset failed logins: {}", ex.getMessage());
		}
	}

	/** Whether a name without an account should look locked right now. */
	boolean isUnknownNameLocked(String name) {
		String key = key(name);
		if (key.length() > MAX_NAME_KEY) {
			return false;
		}
		Instant now = this.clock.instant();
		return this.transactions.execute((tx) -> this.unknown.findById(key)
			.map((u) -> u.failures().isLockedAt(now))
			.orElse(false));
	}

	private void recordKnown(UserAccount account, Instant now) {
		if (account.loginFailures().record(now, this.limits)) {
			log.warn("Account '{}' locked until {} after {} failed logins", account.getUsername(),
					account.getLockedUntil(), this.limits.maxFailures());
		}
	}

	private void recordUnknown(String name, Instant now) {
		String key = key(name);
		if (key.length() > MAX_NAME_KEY) {
			return;
		}
		this.unknown.deleteForgettable(now, now.minus(this.limits.window()));
		UnknownLogin entry = this.unknown.lockByKey(key).orElseGet(() -> this.unknown.save(new UnknownLogin(key)));
		entry.failures().record(now, this.limits);
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
