package org.virtclass.accounts.domain;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottle} in front of the password check, for the login form and HTTP
 * Basic alike: an attempt that must wait costs no password hash, and only a wrong
 * password counts.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String name = authentication.getName();
		String address = address(authentication);
		Duration wait = this.throttle.waitFor(name, address);
		if (!wait.isZero()) {
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(name, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(name, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

}
