package org.virtclass.system;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The app's request mappings are looked up through {@link PathIndexedHandlerMapping};
 * Boot configures it exactly as it would its own.
 */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfig {

	@Bean
	WebMvcRegistrations pathIndexedMappings() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathIndexedHandlerMapping();
			}

		};
	}

}
