package org.virtclass.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the first instructor is, and how wrong passwords slow further attempts. Throttling
 * follows NIST SP 800-63B (section 5.2.2): it never locks an account, it only spaces out
 * attempts, and it counts by name <em>and</em> source address, so that a stranger's wrong
 * guesses slow the stranger, not the account's owner.
 *
 * @param instructorUser name of the instructor created on first start
 * ({@code VIRTCLASS_INSTRUCTOR_USER})
 * @param instructorPassword that instructor's password
 * ({@code VIRTCLASS_INSTRUCTOR_PASSWORD}); when blank a random one is generated and
 * printed once to the log
 * @param freeFailedLogins wrong passwords for one name from one address before each
 * further attempt has to wait (default 5)
 * @param firstDelay the first wait; each further failure doubles it (default 1s)
 * @param maxDelay the longest wait (default 15 minutes)
 * @param freeFailedLoginsPerAddress wrong passwords from one address, whatever the names,
 * before that address waits for names it never signed in with (default 20)
 * @param freeFailedLoginsPerAccount wrong passwords for one name, whatever the addresses,
 * before addresses that never signed in with it wait (default 50): this slows guessing
 * spread over many addresses without touching the owner's usual address
 * @param forgetAfter failures older than this are forgotten, and so is an address's
 * successful login (default 24 hours)
 */
@ConfigurationProperties("virtclass.accounts")
public record AccountsProperties(String instructorUser, String instructorPassword,
		@DefaultValue("5") int freeFailedLogins, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("20") int freeFailedLoginsPerAddress,
		@DefaultValue("50") int freeFailedLoginsPerAccount, @DefaultValue("24h") Duration forgetAfter) {

	public AccountsProperties {
		if (instructorUser == null || instructorUser.isBlank()) {
			instructorUser = "admin";
		}
		if (freeFailedLogins < 1 || freeFailedLoginsPerAddress < 1 || freeFailedLoginsPerAccount < 1) {
			throw new IllegalArgumentException("virtclass.accounts.free-failed-logins* must be at least 1");
		}
		for (Duration d : new Duration[] { firstDelay, maxDelay, forgetAfter }) {
			if (d == null || d.isNegative() || d.isZero()) {
				throw new IllegalArgumentException("virtclass.accounts delays must be positive");
			}
		}
	}

}
