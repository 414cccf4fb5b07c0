package org.virtclass.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a wrong password the login form comes back with the name already typed, so that
 * only the password has to be typed again: the name waits in the session for the next
 * form.
 */
final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

	static final String USERNAME = LoginFailure.class.getName() + ".username";

	private static final int LONGEST = 100;

	LoginFailure() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			String kept = username.strip();
			request.getSession().setAttribute(USERNAME, kept.substring(0, Math.min(kept.length(), LONGEST)));
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
