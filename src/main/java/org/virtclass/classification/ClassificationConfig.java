package org.virtclass.classification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the one engine instance available for injection; the engine itself knows nothing
 * of Spring.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationConfig {

	@Bean
	ClassificationEngine classificationEngine() {
		return new ClassificationEngine();
	}

}
