package org.virtclass.quiz.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.virtclass.system.ModuleSecurity;

/**
 * Who may reach the quiz: anyone may check a question and join a session; a player's
 * question, answers and state check the player token in the controller; the rest of the
 * API is for instructors.
 */
@Component
class QuizSecurity implements ModuleSecurity {

	/**
	 * Matched with one regular expression: these are the requests a whole class sends at
	 * once.
	 */
	private static final Pattern PLAYER_PATH = Pattern
		.compile("/api/sessions/[A-Za-z0-9]{1,12}/(answers|question|state|player-events)");

	@Override
	public List<RequestMatcher> bareEndpoints() {
		return List.of((request) -> PLAYER_PATH.matcher(request.getRequestURI()).matches());
	}

	@Override
	public List<RequestMatcher> publicApi() {
		return List.of(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/quiz/check"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/sessions/*/players"));
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/sessions/*/question", "/api/sessions/*/state")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/sessions/*/answers")
			.permitAll();
	}

}
