package org.virtclass.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param instructorUser name of the instructor created on first start ({@code VIRTCLASS_INSTRUCTOR_USER})
 * @param instructorPassword that instructor's password ({@code VIRTCLASS_INSTRUCTOR_PASSWORD}); when
 * blank a random one is generated and printed once to the log
 */
@ConfigurationProperties("virtclass.accounts")
public record AccountsProperties(String instructorUser, String instructorPassword) {

	public AccountsProperties {
		if (instructorUser == null || instructorUser.isBlank()) {
			instructorUser = "admin";
		}
	}

}
