package org.virtclass.knowledgebase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.virtclass.knowledgebase.ClaimEdited;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.KnowledgeBaseSynced;
import org.virtclass.knowledgebase.ToolEdited;

/**
 * The read-mostly pages (home, catalogue, search, tool pages, criteria, claims) depend
 * only on the knowledge base, the language and who is logged in. They carry an ETag made
 * of exactly that, so a revisit costs a 304, and a visitor who is not logged in gets the
 * page from memory, rendered once and kept gzipped until the next edit, import or sync.
 * Runs after Spring Security, so it knows who asks; a logged-in page shows the user's
 * name and a logout form, so it is rendered each time.
 */
@Component
@Order(0)
class CataloguePages extends OncePerRequestFilter {

	/**
	 * Upper bound of the kept pages (gzipped); searches are many, so the cache starts
	 * over when full.
	 */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String VARY = "Accept-Encoding, Accept-Language, Cookie, HX-Request";

	private final KnowledgeBase knowledgeBase;

	private final LocaleResolver locales;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong renders = new AtomicLong();

	CataloguePages(KnowledgeBase knowledgeBase, LocaleResolver locales) {
		this.knowledgeBase = knowledgeBase;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !isCataloguePage(path(request))
				|| request.getParameter("lang") != null || hasFlash(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		if (path.startsWith("/tools/")
				&& this.knowledgeBase.tool(path.substring(7).toLowerCase(Locale.ROOT)).isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = auth == null || !auth.isAuthenticated() || this.trust.isAnonymous(auth);
		Locale locale = this.locales.resolveLocale(request);
		boolean htmx = request.getHeader("HX-Request") != null;
		String version = this.knowledgeBase.version();
		String etag = "W/\"" + version + "-" + locale.toLanguageTag() + (htmx ? "-hx" : "") + "-"
				+ (anonymous ? "anon" : visitor(auth, request)) + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? "no-cache" : "private, no-cache");
		response.setHeader(HttpHeaders.VARY, VARY);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (!anonymous) {
			chain.doFilter(request, response);
			return;
		}
		// A shared page holds no CSRF token (these pages post nothing), which also keeps
		// a visitor
		// from getting a session just for reading the catalogue.
		request.removeAttribute("_csrf");
		Key key = new Key(version, request.getRequestURI(), request.getQueryString(), locale, htmx);
		Page page = this.pages.get(key);
		if (page == null) {
			page = render(request, response, chain);
			if (page == null) {
				return;
			}
			keep(key, page);
		}
		write(page, request, response);
	}

	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		this.renders.incrementAndGet();
		String type = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
				|| rendered.getHeader(HttpHeaders.SET_COOKIE) != null) {
			rendered.copyBodyToResponse();
			return null;
		}
		return new Page(gzip(rendered.getContentAsByteArray()), type);
	}

	private void keep(Key key, Page page) {
		if (this.bytes.addAndGet(page.gzipped.length) > MAX_BYTES) {
			forget();
			this.bytes.addAndGet(page.gzipped.length);
		}
		this.pages.put(key, page);
	}

	private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.type);
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.gzipped;
		if (accept != null && accept.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		else {
			body = gunzip(body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Any change to the knowledge base makes every kept page stale. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ToolEdited event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ClaimEdited event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(KnowledgeBaseSynced event) {
		forget();
	}

	private void forget() {
		this.pages.clear();
		this.bytes.set(0);
	}

	/** How many times a page was rendered rather than served from memory. */
	long renders() {
		return this.renders.get();
	}

	static boolean isCataloguePage(String path) {
		return switch (path) {
			case "/", "/tools", "/criteria", "/claims" -> true;
			default -> path.startsWith("/tools/") && path.length() > 7 && path.indexOf('/', 7) < 0;
		};
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean hasFlash(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object flash = session.getAttribute(FLASH_MAPS);
		return flash instanceof java.util.Collection<?> c && !c.isEmpty();
	}

	/**
	 * The logout form's CSRF token belongs to the session, so a new login must not reuse
	 * a page.
	 */
	private static String visitor(Authentication auth, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String id = (session != null) ? session.getId() : "";
		return Integer.toHexString((auth.getName() + '\n' + id).hashCode());
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String t = tag.strip();
			if (t.equals(etag) || t.equals(etag.substring(2)) || t.equals("*")) {
				return true;
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

	record Key(String version, String uri, String query, Locale locale, boolean htmx) {
	}

	record Page(byte[] gzipped, String type) {
	}

}
