package org.virtclass.accounts.domain;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.virtclass.accounts.AccountsProperties;
import org.virtclass.accounts.TestPasswords;

/**
 * What {@link AccountService} needs beside its repositories in
 * {@link AccountServiceTests}. Not nested in that class: Spring's test framework would
 * take a nested configuration class for the default configuration of the test's
 * {@code @Nested} classes, and warns that it ignores it only until Spring Framework 7.1.
 */
@TestConfiguration(proxyBeanMethods = false)
class AccountServiceBeans {

	@Bean
	PasswordEncoder passwordEncoder() {
		return TestPasswords.encoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock, new AccountsProperties("admin", "", 5, Duration.ofSeconds(1),
				Duration.ofMinutes(15), 20, 50, Duration.ofHours(24)));
	}

}
