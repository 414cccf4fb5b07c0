package org.virtclass.accounts.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.UserAccount;

/** One line of the account list, with times already in the server's zone. */
record AccountRow(long id, String username, Role role, boolean active, LocalDateTime lockedUntil,
		LocalDateTime createdAt, boolean self) {

	static AccountRow of(UserAccount account, Instant now, String currentUser) {
		ZoneId zone = ZoneId.systemDefault();
		LocalDateTime lockedUntil = account.isLockedAt(now)
				? LocalDateTime.ofInstant(account.getLockedUntil(), zone) : null;
		return new AccountRow(account.getId(), account.getUsername(), account.getRole(), account.isActive(),
				lockedUntil, LocalDateTime.ofInstant(account.getCreatedAt(), zone),
				account.getUsername().equalsIgnoreCase(currentUser));
	}

	public boolean locked() {
		return this.lockedUntil != null;
	}

}
