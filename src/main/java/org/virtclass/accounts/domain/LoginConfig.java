package org.virtclass.accounts.domain;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way in, for the login form and HTTP Basic alike. A lock is checked before the password
 * (so a locked account gives nothing away, not even whether a guess was right), but deactivation
 * only after it: telling a stranger that a name belongs to a deactivated account would confirm
 * that the name exists.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfig {

	@Bean
	DaoAuthenticationProvider accountAuthenticationProvider(UserAccountRepository users, LoginAttempts attempts,
			Clock clock, PasswordEncoder passwordEncoder, PlatformTransactionManager transactionManager) {
		AccountUserDetailsService details = new AccountUserDetailsService(users, attempts, clock,
				new TransactionTemplate(transactionManager));
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(details);
		provider.setPreAuthenticationChecks((user) -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("Account locked");
			}
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account deactivated");
			}
			new AccountStatusUserDetailsChecker().check(user);
		});
		return provider;
	}

}
