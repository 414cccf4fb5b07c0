package org.virtclass.accounts.domain;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads accounts for both the login form and HTTP Basic on the API, and re-hashes a
 * password on login when the encoder's default algorithm has moved on.
 */
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	private final TransactionTemplate transactions;

	AccountUserDetailsService(UserAccountRepository users, TransactionTemplate transactions) {
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isActive())
			.build();
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.transactions.executeWithoutResult((tx) -> this.users.lockByUsername(user.getUsername())
			.ifPresent((account) -> account.setPasswordHash(newPassword)));
		return User.withUserDetails(user).password(newPassword).build();
	}

}
