package org.virtclass.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
			.authorizeHttpRequests((a) -> a.anyRequest().permitAll());
		return http.build();
	}

	private static final java.util.regex.Pattern PLAYER_PATH = java.util.regex.Pattern
		.compile("/api/sessions/[A-Za-z0-9]{1,12}/(answers|question|state)");

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((r) -> r.requestCache(new NullRequestCache()))
			.csrf((c) -> c.disable())
			.httpBasic((b) -> b.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
					"Authentication required", "Send instructor credentials with HTTP Basic.")))
			.exceptionHandling((e) -> e
				.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
						"Authentication required", "Send instructor credentials with HTTP Basic."))
				.accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Forbidden",
						"This operation is for instructors.")))
			.authorizeHttpRequests((a) -> a
				.requestMatchers(HttpMethod.GET, "/api/tools", "/api/tools/**", "/api/claims", "/api/claims/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/classify", "/api/quiz/check").permitAll()
				.requestMatchers("/api/lab/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/sessions/*/players", "/api/sessions/*/answers").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/sessions/*/question", "/api/sessions/*/state").permitAll()
				.anyRequest().hasRole(INSTRUCTOR));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((a) -> a
			.requestMatchers("/instructor/**").hasRole(INSTRUCTOR)
			.requestMatchers("/account/**").authenticated()
			.anyRequest().permitAll())
			.formLogin((f) -> f.loginPage("/login").successHandler(new LoginLanding()).permitAll())
			.logout((l) -> l.logoutSuccessUrl("/?loggedOut").permitAll())
			.headers((h) -> h.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
							+ "script-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'self'")));
		return http.build();
	}

	private static void problem(HttpServletResponse res, HttpStatus status, String title, String detail)
			throws IOException {
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter()
			.write("{\"type\":\"" + URI.create("about:blank") + "\",\"title\":\"" + title + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
