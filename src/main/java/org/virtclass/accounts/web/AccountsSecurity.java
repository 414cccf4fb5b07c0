package org.virtclass.accounts.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.virtclass.system.ModuleSecurity;

/**
 * A signed-in user's own account pages (the password change) need a login, of any role.
 */
@Component
class AccountsSecurity implements ModuleSecurity {

	@Override
	public void web(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/account/**").authenticated();
	}

}
