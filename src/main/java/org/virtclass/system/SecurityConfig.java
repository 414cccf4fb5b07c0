package org.virtclass.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains. The JSON API under {@code /api/**} is stateless: it never reads or writes the
 * session, so it needs no CSRF token, and instructors use HTTP Basic there. Everything else is the
 * browser app with form login, sessions and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String INSTRUCTOR = "INSTRUCTOR";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The endpoints a class of phones hits all at once during a live session. They authenticate by the
	 * player token in the controller and use nothing Spring Security provides (no session, no CSRF, no
	 * principal), so they skip its filter chain: a burst of a few hundred answers then costs the server
	 * half as much, which is what keeps answer latency low on a small machine.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain playerChain(HttpSecurity http) throws Exception {
		http.securityMatcher((request) -> PLAYER_PATH.matcher(request.getRequestURI()).matches())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.anonymous((a) -> a.disable())
			.headers(SecurityConfig::commonHeaders)
			.authorizeHttpRequests((a) -> a.anyRequest().permitAll());
		return http.build();
	}

	private static final java.util.regex.Pattern PLAYER_PATH = java.util.regex.Pattern
		.compile("/api/sessions/[A-Za-z0-9]{1,12}/(answers|question|state)");

	/**
	 * The public part of the API. It has no HTTP Basic: an Authorization header here is ignored, so a
	 * made-up one costs no password hash and counts as no failed login against anyone.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain publicApiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PUBLIC_API)
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.headers(SecurityConfig::commonHeaders)
			.authorizeHttpRequests((a) -> a.anyRequest().permitAll());
		return http.build();
	}

	private static final RequestMatcher PUBLIC_API = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/tools"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/tools/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/claims"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/claims/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/classify"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/quiz/check"),
			PathPatternRequestMatcher.pathPattern("/api/lab/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/sessions/*/players"));

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.headers(SecurityConfig::commonHeaders)
			.httpBasic((b) -> b.authenticationEntryPoint(SecurityConfig::unauthorized))
			.exceptionHandling((e) -> e.authenticationEntryPoint(SecurityConfig::unauthorized)
				.accessDeniedHandler((req, res, ex) -> Problems.write(res, HttpStatus.FORBIDDEN, "Forbidden",
						"This operation is for instructors.")))
			.authorizeHttpRequests((a) -> a
				.requestMatchers(HttpMethod.GET, "/api/sessions/*/question", "/api/sessions/*/state").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/sessions/*/answers").permitAll()
				.anyRequest().hasRole(INSTRUCTOR));
		return http.build();
	}

	/** A throttled login answers 429 with the wait, before any password was checked. */
	private static void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
			throws IOException {
		if (ex instanceof RetryLater retry) {
			long seconds = Math.max(1, retry.retryAfter().toSeconds());
			res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			Problems.write(res, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
					"Too many wrong passwords from this address. Try again in " + seconds + " seconds.");
			return;
		}
		Problems.write(res, HttpStatus.UNAUTHORIZED, "Authentication required",
				"Send instructor credentials with HTTP Basic.");
	}

	static void commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy((r) -> r.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, MetricsAccess metrics) throws Exception {
		http.authorizeHttpRequests((a) -> a
			.requestMatchers("/actuator/prometheus").access(metrics)
			.requestMatchers("/instructor/**").hasRole(INSTRUCTOR)
			.requestMatchers("/account/**").authenticated()
			.anyRequest().permitAll())
			.formLogin((f) -> f.loginPage("/login").successHandler(new LoginLanding()).permitAll())
			.logout((l) -> l.logoutSuccessUrl("/?loggedOut").permitAll())
			.headers((h) -> {
				commonHeaders(h);
				h.addHeaderWriter(SecurityConfig::contentSecurityPolicy);
			});
		return http.build();
	}

	private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.-]{1,253}");

	/**
	 * Scripts may connect only to this server: {@code 'self'} plus the WebSocket form of this origin,
	 * which the lab console needs and which browsers do not all count as {@code 'self'}. The origin is
	 * the one the browser used (behind a proxy, the forwarded one).
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
