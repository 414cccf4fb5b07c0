package org.virtclass.accounts.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.virtclass.accounts.domain.AccountService;

/**
 * Deactivating an account also ends the sessions it already has: on its next page the
 * user is logged out and sees why. Runs after Spring Security's filters, where the login
 * is known. Registered by {@link AccountsWebConfig} rather than as a component, so that
 * other modules' {@code @WebMvcTest} slices do not pull in the accounts service.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final AccountService accounts;

	ActiveAccountFilter(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// The stateless API authenticates every request anyway; static files need no
		// check.
		return path.startsWith("/api/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/vendor/") || path.equals("/favicon.svg") || path.equals("/login")
				|| request.getSession(false) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
				|| this.accounts.isActive(auth.getName())) {
			chain.doFilter(request, response);
			return;
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		request.getSession(true)
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("Account deactivated"));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
