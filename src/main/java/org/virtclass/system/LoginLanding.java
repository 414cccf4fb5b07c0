package org.virtclass.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a login lands. A page that sent the user to log in gets them back; otherwise an
 * instructor lands on the workspace (their work starts there, not on the public home
 * page) and everyone else on the home page, as before.
 */
class LoginLanding extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String WORKSPACE = "/instructor";

	private final RequestCache requests = new HttpSessionRequestCache();

	LoginLanding() {
		setRequestCache(this.requests);
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		boolean instructor = authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> ("ROLE_" + SecurityConfig.INSTRUCTOR).equals(a.getAuthority()));
		if (instructor && this.requests.getRequest(request, response) == null) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, WORKSPACE);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
