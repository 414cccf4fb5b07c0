package org.virtclass.accounts.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.virtclass.accounts.domain.AccountService;

@Configuration(proxyBeanMethods = false)
class AccountsWebConfig {

	@Bean
	FilterRegistrationBean<ActiveAccountFilter> activeAccountFilter(AccountService accounts) {
		FilterRegistrationBean<ActiveAccountFilter> registration = new FilterRegistrationBean<>(
				new ActiveAccountFilter(accounts));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
