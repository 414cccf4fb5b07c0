package org.virtclass.quiz.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * Anonymous ids in cookies: the practising visitor, and the player token of each live
 * session joined from this browser. No account, no server session: the cookie is the
 * whole identity.
 */
final class Visitor {

	static final String VISITOR_COOKIE = "VIRTCLASS_VISITOR";

	static final String PLAYER_COOKIE_PREFIX = "VIRTCLASS_PLAYER_";

	private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f-]{36}");

	private Visitor() {
	}

	/**
	 * The visitor id from the cookie, or null when there is none (or it is not one of
	 * ours).
	 */
	static String id(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, VISITOR_COOKIE);
		return (cookie != null && UUID_PATTERN.matcher(cookie.getValue()).matches()) ? cookie.getValue() : null;
	}

	/** The visitor id, set in a cookie for a year when the browser has none yet. */
	static String ensureId(HttpServletRequest request, HttpServletResponse response) {
		String id = id(request);
		if (id == null) {
			id = UUID.randomUUID().toString();
		}
		set(request, response, VISITOR_COOKIE, id, Duration.ofDays(365));
		return id;
	}

	static String playerToken(HttpServletRequest request, String code) {
		var cookie = WebUtils.getCookie(request, PLAYER_COOKIE_PREFIX + code);
		return (cookie != null && UUID_PATTERN.matcher(cookie.getValue()).matches()) ? cookie.getValue() : null;
	}

	static void setPlayerToken(HttpServletRequest request, HttpServletResponse response, String code, String token) {
		set(request, response, PLAYER_COOKIE_PREFIX + code, token, Duration.ofDays(2));
	}

	private static void set(HttpServletRequest request, HttpServletResponse response, String name, String value,
			Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
