package org.virtclass.system;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * No Micrometer observations. The actuator exposes health and info only and no metrics or
 * tracing backend is configured, so nothing reads them; yet with a live registry every
 * request went through an observation filter and every Spring Security filter was wrapped
 * in one, allocating contexts on the hot path of a live class (a whole class answering at
 * once). A deployment that adds a backend sets
 * {@code virtclass.observations.enabled=true} and gets Spring Boot's registry back.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "virtclass.observations.enabled",
		havingValue = "false", matchIfMissing = true)
class ObservationConfig {

	@Bean
	ObservationRegistry observationRegistry() {
		return ObservationRegistry.NOOP;
	}

	/**
	 * Takes the place of Spring Boot's HTTP server observation filter, disabled: even
	 * with the no-op registry that filter builds an observation context for every
	 * request.
	 */
	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter() {
		FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
				new ServerHttpObservationFilter(ObservationRegistry.NOOP));
		registration.setEnabled(false);
		return registration;
	}

}
