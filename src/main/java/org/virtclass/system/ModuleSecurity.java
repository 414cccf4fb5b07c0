package org.virtclass.system;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A module's own security rules, as a bean the security configuration applies: each
 * module knows which of its URLs are open, and the configuration here needs to know none
 * of them. Whatever no module opens stays closed: the API is for instructors,
 * {@code /instructor/**} too.
 */
public interface ModuleSecurity {

	/**
	 * Endpoints that authenticate by themselves and use nothing Spring Security provides
	 * (no session, no CSRF, no principal): they skip its filters entirely.
	 */
	default List<RequestMatcher> bareEndpoints() {
		return List.of();
	}

	/** API endpoints open to anyone; an Authorization header there is ignored. */
	default List<RequestMatcher> publicApi() {
		return List.of();
	}

	/**
	 * Rules for the module's other {@code /api/**} paths, before the default (instructors
	 * only).
	 */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for the module's pages, before the defaults. */
	default void web(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

}
