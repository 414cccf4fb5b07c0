package org.virtclass.accounts.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.virtclass.accounts.AccountsProperties;
import org.virtclass.accounts.Role;

/**
 * On the very first start there is no instructor yet: create one. The password comes from
 * the environment, or is generated and printed once, because a default password in code
 * would be the same on every installation.
 */
@Component
@Order(0)
class InstructorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InstructorBootstrap.class);

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final AccountsProperties properties;

	private final Clock clock;

	InstructorBootstrap(UserAccountRepository users, PasswordEncoder encoder, AccountsProperties properties,
			Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsByRole(Role.INSTRUCTOR)) {
			return;
		}
		String password = this.properties.instructorPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] bytes = new byte[18];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		this.users.save(new UserAccount(this.properties.instructorUser(), this.encoder.encode(password),
				Role.INSTRUCTOR, this.clock.instant()));
		if (generated) {
			log.warn("""

					==========================================================================
					 Created instructor account '{}' with the generated password: {}
					 It is shown only this once. Set VIRTCLASS_INSTRUCTOR_PASSWORD to choose it.
					==========================================================================""",
					this.properties.instructorUser(), password);
		}
		else {
			log.info("Created instructor account '{}' from VIRTCLASS_INSTRUCTOR_PASSWORD",
					this.properties.instructorUser());
		}
	}

}
