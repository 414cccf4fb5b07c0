package org.virtclass.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string with a broken percent escape ({@code ?q=%ZZ}) or bytes that are not
 * UTF-8 is the client's mistake. Tomcat would throw on the first {@code getParameter},
 * wherever that happens, and log a stack trace; this filter answers such a request first
 * with a plain 400: problem details on {@code /api/**}, the error page elsewhere.
 */
class QueryStringFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	QueryStringFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || query.indexOf('%') < 0 || readable(query)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			this.problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, Problems.code(400),
					"Bad request", "The query string has a broken percent escape or is not UTF-8."));
			return;
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// The error page of such a request sees it without its unreadable query.
			chain.doFilter(new WithoutQuery(request), response);
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static final class WithoutQuery extends HttpServletRequestWrapper {

		WithoutQuery(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

	/** Whether every {@code %} starts two hex digits and the decoded bytes are UTF-8. */
	static boolean readable(String query) {
		byte[] bytes = new byte[query.length()];
		int n = 0;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return false;
				}
				int hi = Character.digit(query.charAt(i + 1), 16);
				int lo = Character.digit(query.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return false;
				}
				bytes[n++] = (byte) ((hi << 4) + lo);
				i += 2;
			}
			else if (c == '&' || c == '=') {
				if (!utf8(bytes, n)) {
					return false;
				}
				n = 0;
			}
			else {
				bytes[n++] = (byte) c;
			}
		}
		return utf8(bytes, n);
	}

	private static boolean utf8(byte[] bytes, int length) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
