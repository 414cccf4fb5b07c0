package org.virtclass.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains. The JSON API under {@code /api/**} is stateless: it never reads or
 * writes the session, so it needs no CSRF token, and instructors use HTTP Basic there.
 * Everything else is the browser app with form login, sessions and CSRF tokens on every
 * form. Which URLs are open is each module's own business: its {@link ModuleSecurity}
 * bean says so. Refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String INSTRUCTOR = "INSTRUCTOR";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The endpoints a class of phones hits all at once during a live session. They
	 * authenticate by the player token in the controller and use nothing Spring Security
	 * provides (no session, no CSRF, no principal), so they skip its filter chain: a
	 * burst of a few hundred answers then costs the server half as much, which is what
	 * keeps answer latency low on a small machine. The modules name them. What remains is
	 * the firewall, an empty security context and the security headers: with everyone
	 * permitted there is nothing to authorize, no refusal to translate and no principal
	 * to offer, and each of those filters ran twice per answer (once more when its commit
	 * resumes the request) and wrapped the request that every later filter reads through.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain playerChain(HttpSecurity http, List<ModuleSecurity> modules) throws Exception {
		http.securityMatcher(anyOf(modules.stream().flatMap((m) -> m.bareEndpoints().stream()).toList()))
			.sessionManagement((s) -> s.disable())
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.disable())
			.servletApi((s) -> s.disable())
			.exceptionHandling((e) -> e.disable())
			.logout((l) -> l.disable())
			.csrf((c) -> c.disable())
			.anonymous((a) -> a.disable())
			.headers(SecurityConfig::apiHeaders);
		return http.build();
	}

	private static RequestMatcher anyOf(List<RequestMatcher> matchers) {
		return matchers.isEmpty() ? (request) -> false : new OrRequestMatcher(matchers);
	}

	/**
	 * The public part of the API. It has no HTTP Basic: an Authorization header here is
	 * ignored, so a made-up one costs no password hash and counts as no failed login
	 * against anyone.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain publicApiChain(HttpSecurity http, List<ModuleSecurity> modules) throws Exception {
		http.securityMatcher(anyOf(modules.stream().flatMap((m) -> m.publicApi().stream()).toList()))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.headers(SecurityConfig::apiHeaders)
			.authorizeHttpRequests((a) -> a.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, List<ModuleSecurity> modules, ProblemWriter problems)
			throws Exception {
		AuthenticationEntryPoint unauthorized = (req, res, ex) -> problems.write(req, res, unauthorized(res, ex));
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.headers(SecurityConfig::apiHeaders)
			.httpBasic((b) -> b.authenticationEntryPoint(unauthorized))
			.exceptionHandling((e) -> e.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res,
						Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
								"This operation is for instructors."))))
			.authorizeHttpRequests((a) -> {
				modules.forEach((m) -> m.api(a));
				a.anyRequest().hasRole(INSTRUCTOR);
			});
		return http.build();
	}

	/** A throttled login answers 429 with the wait, before any password was checked. */
	private static ProblemDetail unauthorized(HttpServletResponse res, AuthenticationException ex) {
		if (ex instanceof RetryLater retry) {
			long seconds = Math.max(1, retry.retryAfter().toSeconds());
			res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "Too many failed logins",
					"Too many wrong passwords from this address. Try again in " + seconds + " seconds.");
		}
		return Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required", "Authentication required",
				"Send instructor credentials with HTTP Basic.");
	}

	static void commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy((r) -> r.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * The API's headers are written before the request goes on, not when it returns. A
	 * phone's event stream is written to by the broadcaster's threads as soon as it is
	 * open: written afterwards, the headers were set by the request's thread while a
	 * sender thread committed the same response, and Tomcat's header table failed under
	 * the two (a NullPointerException in a class of 300). No API handler sets caching
	 * headers of its own, which is what writing afterwards would leave alone.
	 */
	static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
		commonHeaders(headers);
		headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}

		});
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, List<ModuleSecurity> modules, MetricsAccess metrics)
			throws Exception {
		http.authorizeHttpRequests((a) -> {
			a.requestMatchers("/actuator/prometheus").access(metrics);
			a.requestMatchers("/instructor/**").hasRole(INSTRUCTOR);
			modules.forEach((m) -> m.web(a));
			a.anyRequest().permitAll();
		})
			.formLogin((f) -> f.loginPage("/login")
				.successHandler(new LoginLanding())
				.failureHandler(new LoginFailure())
				.permitAll())
			.logout((l) -> l.logoutSuccessUrl("/?loggedOut").permitAll())
			.csrf((c) -> c.csrfTokenRepository(csrfCookie()))
			.headers((h) -> {
				commonHeaders(h);
				h.addHeaderWriter(SecurityConfig::contentSecurityPolicy);
			});
		return http.build();
	}

	/**
	 * The CSRF token lives in an HttpOnly, SameSite=Lax cookie rather than in the
	 * session, so opening a form gives a visitor no server session (a class opens
	 * {@code /check} at once), a form page can be served from memory ({@link FormPages}),
	 * and any instance behind a balancer accepts the post.
	 */
	static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName("VIRTCLASS_CSRF");
		repository.setCookieCustomizer((c) -> c.sameSite("Lax"));
		return repository;
	}

	private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.-]{1,253}");

	/**
	 * Scripts may connect only to this server: {@code 'self'} plus the WebSocket form of
	 * this origin, which the lab console needs and which browsers do not all count as
	 * {@code 'self'}. The origin is the one the browser used (behind a proxy, the
	 * forwarded one).
	 */
	private static void contentSecurityPolicy(HttpServletRequest req, HttpServletResponse res) {
		String connect = "'self'";
		String host = req.getServerName();
		if (host != null && HOST.matcher(host).matches()) {
			int port = req.getServerPort();
			boolean defaultPort = port == (req.isSecure() ? 443 : 80);
			connect += " " + (req.isSecure() ? "wss://" : "ws://") + host + (defaultPort ? "" : ":" + port);
		}
		res.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
						+ "connect-src " + connect + "; frame-ancestors 'self'");
	}

}
