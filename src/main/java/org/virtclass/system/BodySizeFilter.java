package org.virtclass.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON API body over its limit before anything parses it. A declared length is
 * checked at once; a chunked body, which declares none, is read up to one byte past the
 * limit and then handed on from memory, so a parser never sees more than the limit. Runs
 * after Spring Security, so that a signed-in instructor gets the larger limit. No API
 * endpoint takes a file, so a multipart body here meets the same limit before the
 * multipart parser would buffer it.
 */
class BodySizeFilter extends OncePerRequestFilter {

	private final WebLimits limits;

	private final ProblemWriter problems;

	BodySizeFilter(WebLimits limits, ProblemWriter problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limit();
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(request, response, limit);
			return;
		}
		if (declared >= 0 || !hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) limit + 1);
		if (body.length > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	private long limit() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean instructor = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		return (instructor ? this.limits.maxInstructorBody() : this.limits.maxAnonymousBody()).toBytes();
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getHeader("Transfer-Encoding") != null;
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		// The client may still be sending: closing the connection is cheaper than reading
		// the rest.
		response.setHeader("Connection", "close");
		this.problems.write(request, response,
				Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
						"The request body is larger than the " + (limit / 1024) + " KB this endpoint accepts."));
	}

	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				/**
				 * The whole body is in memory: it is available at once, then all read.
				 */
				@Override
				public void setReadListener(ReadListener listener) {
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						if (isFinished()) {
							listener.onAllDataRead();
						}
					}
					catch (IOException | RuntimeException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

}
