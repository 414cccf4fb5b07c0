package org.virtclass;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.virtclass.accounts.MutableClock;
import org.virtclass.accounts.TestPasswords;

/**
 * The beans {@link AppTestSupport} swaps into the app: a clock the tests can move and
 * bcrypt at its lowest cost. A top-level class, not one nested in the support class:
 * Spring's test framework takes a nested configuration class for a test's default
 * configuration, warned on every test class that it ignores it for now, and will stop
 * ignoring it in Spring Framework 7.1.
 */
@TestConfiguration(proxyBeanMethods = false)
class AppTestBeans {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	@Primary
	PasswordEncoder testPasswordEncoder() {
		return TestPasswords.encoder();
	}

}
