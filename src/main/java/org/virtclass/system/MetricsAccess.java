package org.virtclass.system;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Opens the metrics to the configured networks (where Prometheus scrapes from) and to
 * instructors. The address is the connection's, or the one a trusted proxy reports
 * (Tomcat's remote-IP valve), so a student cannot claim to be the scraper with a header.
 */
@Component
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<IpAddressMatcher> networks;

	private final AuthorityAuthorizationManager<RequestAuthorizationContext> instructor = AuthorityAuthorizationManager
		.hasRole(SecurityConfig.INSTRUCTOR);

	MetricsAccess(MetricsProperties properties) {
		this.networks = properties.networks()
			.stream()
			.map(String::strip)
			.filter((n) -> !n.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String address = context.getRequest().getRemoteAddr();
		if (this.networks.stream().anyMatch((n) -> n.matches(address))) {
			return new AuthorizationDecision(true);
		}
		return this.instructor.authorize(authentication, context);
	}

}
