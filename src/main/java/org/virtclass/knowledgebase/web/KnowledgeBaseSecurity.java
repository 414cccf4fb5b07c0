package org.virtclass.knowledgebase.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.virtclass.system.ModuleSecurity;

/**
 * Anyone may read tools and claims and classify facts; editing them is for instructors.
 */
@Component
class KnowledgeBaseSecurity implements ModuleSecurity {

	@Override
	public List<RequestMatcher> publicApi() {
		return List.of(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/tools"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/tools/**"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/claims"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/claims/**"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/classify"));
	}

}
