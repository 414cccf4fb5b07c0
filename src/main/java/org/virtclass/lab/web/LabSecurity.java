package org.virtclass.lab.web;

import java.util.List;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.virtclass.system.ModuleSecurity;

/**
 * The lab needs no account: its signed cookie says which browser started a run, and only
 * that browser may type into it or stop it.
 */
@Component
class LabSecurity implements ModuleSecurity {

	@Override
	public List<RequestMatcher> publicApi() {
		return List.of(PathPatternRequestMatcher.pathPattern("/api/lab/**"));
	}

}
