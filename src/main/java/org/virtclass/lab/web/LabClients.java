package org.virtclass.lab.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who is asking, for the per-client cap: the lab cookie the page hands out, or the remote address
 * for API clients without it. A classroom behind one NAT address shares one cap only when its
 * browsers refuse cookies; the global caps hold whatever a client claims to be.
 */
final class LabClients {

	static final String COOKIE = "VIRTCLASS_LAB";

	private static final Pattern VALID = Pattern.compile("[0-9a-f-]{36}");

	private LabClients() {
	}

	static String clientId(HttpServletRequest request) {
		String cookie = cookie(request);
		return (cookie != null) ? "browser:" + cookie : "address:" + request.getRemoteAddr();
	}

	/** Hands out the lab cookie when the browser has none yet. */
	static void ensureCookie(HttpServletRequest request, HttpServletResponse response) {
		if (cookie(request) == null) {
			Cookie cookie = new Cookie(COOKIE, UUID.randomUUID().toString());
			cookie.setHttpOnly(true);
			cookie.setPath("/");
			cookie.setMaxAge(60 * 60 * 24 * 30);
			cookie.setAttribute("SameSite", "Lax");
			cookie.setSecure(request.isSecure());
			response.addCookie(cookie);
		}
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie c : cookies) {
			if (COOKIE.equals(c.getName()) && c.getValue() != null && VALID.matcher(c.getValue()).matches()) {
				return c.getValue();
			}
		}
		return null;
	}

}
