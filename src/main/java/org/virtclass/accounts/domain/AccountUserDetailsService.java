package org.virtclass.accounts.domain;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads accounts for both the login form and HTTP Basic on the API, and re-hashes a password on
 * login when the encoder's default algorithm has moved on.
 */
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	private final LoginAttempts attempts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AccountUserDetailsService(UserAccountRepository users, LoginAttempts attempts, Clock clock,
			TransactionTemplate transactions) {
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsernameIgnoreCase(username).orElse(null);
		if (account == null) {
			if (this.attempts.isUnknownNameLocked(username)) {
				// Looks exactly like a locked account, which is checked before any password.
				return User.withUsername(username).password("").authorities("NONE").accountLocked(true).build();
			}
			throw new UsernameNotFoundException("No such account");
		}
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isActive())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.build();
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.transactions.executeWithoutResult((tx) -> this.users.lockByUsername(user.getUsername())
			.ifPresent((account) -> account.setPasswordHash(newPassword)));
		return User.withUserDetails(user).password(newPassword).build();
	}

}
