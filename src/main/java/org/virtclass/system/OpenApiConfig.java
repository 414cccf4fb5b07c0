package org.virtclass.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API: what it is, and how instructors authenticate (HTTP Basic). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI virtClassApi() {
		return new OpenAPI().info(new Info().title("VirtClass API")
			.version("1")
			.description("Which of these is a virtual machine, and which only looks like one? The knowledge base, "
					+ "the classification engine, quizzes and the lab, as JSON. Reads are open; instructors send "
					+ "HTTP Basic credentials; players in a live session send X-Player-Token. The API is stateless "
					+ "and ignores session cookies, so it needs no CSRF token. Errors are RFC 9457 problem details.")
			.license(new License().name("Knowledge-base texts cite their sources")))
			.components(new Components().addSecuritySchemes("instructor",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

}
