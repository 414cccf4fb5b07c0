package org.virtclass.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The empty question forms ({@code /check}, {@code /classify}) are the same page for
 * every visitor who is not logged in, except for the form's CSRF token. A whole class
 * opens them at once, so they are rendered once per language and kept as the text around
 * the token; each visitor gets the page with their own token spliced in. The token lives
 * in a cookie ({@link SecurityConfig}), so a visitor gets no server session for opening a
 * form. A page with a query, a flash message or a logged-in user is rendered as usual.
 */
@Component
@Order(1)
class FormPages extends OncePerRequestFilter {

	static final Set<String> PATHS = Set.of("/check", "/classify");

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final LocaleResolver locales;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong renders = new AtomicLong();

	FormPages(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))
				|| request.getQueryString() != null || request.getHeader("HX-Request") != null || hasFlash(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = auth == null || !auth.isAuthenticated() || this.trust.isAnonymous(auth);
		if (!anonymous || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
			chain.doFilter(request, response);
			return;
		}
		// Asking for the token first writes its cookie while the response is still open.
		String token = csrf.getToken();
		Locale locale = this.locales.resolveLocale(request);
		Key key = new Key(request.getRequestURI(), locale);
		Page page = this.pages.get(key);
		if (page != null) {
			response.setLocale(locale);
			response.setContentType(page.type);
			byte[] body = page.with(token);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		this.renders.incrementAndGet();
		String type = rendered.getContentType();
		if (rendered.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !hasSessionCookie(rendered)) {
			this.pages.put(key,
					Page.around(new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8), token, type));
		}
		rendered.copyBodyToResponse();
	}

	/** How many times a form page was rendered rather than served from memory. */
	long renders() {
		return this.renders.get();
	}

	private static boolean hasSessionCookie(HttpServletResponse response) {
		return response.getHeaders(HttpHeaders.SET_COOKIE).stream().anyMatch((c) -> c.startsWith("JSESSIONID"));
	}

	private static boolean hasFlash(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object flash = session.getAttribute(FLASH_MAPS);
		return flash instanceof java.util.Collection<?> c && !c.isEmpty();
	}

	record Key(String uri, Locale locale) {
	}

	/** The page's text cut at every place its CSRF token stood. */
	record Page(String[] parts, String type) {

		static Page around(String html, String token, String type) {
			return new Page(html.split(java.util.regex.Pattern.quote(token), -1), type);
		}

		byte[] with(String token) {
			return String.join(token, this.parts).getBytes(StandardCharsets.UTF_8);
		}

	}

}
