package org.virtclass.accounts.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way in, for the login form and HTTP Basic alike. The throttle is checked before
 * the password (so an attempt that must wait gives nothing away and costs no hash), but
 * deactivation only after it: telling a stranger that a name belongs to a deactivated
 * account would confirm that the name exists.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfig {

	@Bean
	AuthenticationProvider accountAuthenticationProvider(UserAccountRepository users, LoginThrottle throttle,
			PasswordEncoder passwordEncoder, PlatformTransactionManager transactionManager) {
		AccountUserDetailsService details = new AccountUserDetailsService(users,
				new TransactionTemplate(transactionManager));
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(details);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account deactivated");
			}
			new AccountStatusUserDetailsChecker().check(user);
		});
		return new ThrottledAuthentication(provider, throttle);
	}

}
