package org.virtclass.knowledgebase.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ToolApiTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsAtLeastAHundredToolsWithTheirLabels() {
		assertThat(this.mvc.get().uri("/api/tools")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.length()")
					.asNumber()
					.satisfies((n) -> assertThat(n.intValue()).isGreaterThanOrEqualTo(100));
			});
		assertThat(this.mvc.get().uri("/api/tools")).bodyJson()
			.extractingPath("$[?(@.slug == 'virtualbox')]")
			.asArray()
			.singleElement()
			.satisfies((tool) -> assertThat(tool.toString()).contains("category=VM_TOOL", "hypervisorType=TYPE_2",
					"isolationLevel=HARDWARE", "imageModel=FULL_DISK_IMAGE", "nameZh=", "aliases=", "contested="));
	}

	@Test
	void showsOneToolWithFactsSourcesAndVersion() {
		var json = assertThat(this.mvc.get().uri("/api/tools/docker")).hasStatusOk().bodyJson();
		json.extractingPath("$.slug").isEqualTo("docker");
		json.extractingPath("$.category").isEqualTo("CONTAINER");
		json.extractingPath("$.facts.sharesHostKernel").isEqualTo(true);
		json.extractingPath("$.facts.guestOwnKernel").isEqualTo(false);
		json.extractingPath("$.sources[0].url").asString().startsWith("http");
		json.extractingPath("$.descriptionZh").asString().isNotBlank();
		json.extractingPath("$.descriptionEn").asString().isNotBlank();
		json.extractingPath("$.version").isNotNull();
		json.extractingPath("$.hostPlatforms").asArray().isNotEmpty();
	}

	@Test
	void anUnknownSlugIsA404WithProblemDetails() {
		assertThat(this.mvc.get().uri("/api/tools/no-such-tool")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.status").isEqualTo(404);
				assertThat(json).extractingPath("$.detail").asString().contains("no-such-tool");
			});
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		assertThat(this.mvc.get().uri("/api-docs")).hasStatusOk().bodyText().contains("/api/tools/{slug}", "openapi");
	}

	@Test
	void healthIsUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
	}

}
