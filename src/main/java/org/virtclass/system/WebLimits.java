package org.virtclass.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the JSON API reads.
 *
 * @param maxAnonymousBody the largest body of a request without a signed-in instructor
 * ({@code virtclass.web.max-anonymous-body}, default 256KB): a question to check or a
 * player's answer is a few hundred bytes, so this only stops a script from filling the
 * heap
 * @param maxInstructorBody the largest body an instructor sends (a tool with all its
 * facts and sources), default 4MB
 */
@ConfigurationProperties("virtclass.web")
public record WebLimits(@DefaultValue("256KB") DataSize maxAnonymousBody,
		@DefaultValue("4MB") DataSize maxInstructorBody) {

	public WebLimits {
		if (maxAnonymousBody.toBytes() < 1 || maxInstructorBody.toBytes() < 1) {
			throw new IllegalArgumentException("virtclass.web.max-*-body must be positive");
		}
	}

}
