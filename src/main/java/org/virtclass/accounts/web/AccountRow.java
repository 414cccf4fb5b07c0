package org.virtclass.accounts.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.UserAccount;

/** One line of the account list, with times already in the server's zone. */
record AccountRow(long id, String username, Role role, boolean active, int failedLogins, LocalDateTime createdAt,
		boolean self) {

	static AccountRow of(UserAccount account, int failedLogins, String currentUser) {
		ZoneId zone = ZoneId.systemDefault();
		return new AccountRow(account.getId(), account.getUsername(), account.getRole(), account.isActive(),
				failedLogins, LocalDateTime.ofInstant(account.getCreatedAt(), zone),
				account.getUsername().equalsIgnoreCase(currentUser));
	}

	/**
	 * Wrong passwords were typed lately: from the addresses that typed them, logins must
	 * wait.
	 */
	public boolean slowed() {
		return this.failedLogins > 0;
	}

}
