package org.virtclass.knowledgebase.domain;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
