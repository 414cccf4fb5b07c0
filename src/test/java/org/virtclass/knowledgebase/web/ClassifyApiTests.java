package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.Verdicts;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyApiTests extends AppTestSupport {

	private static final String DOCKER = """
			{"guestOwnKernel": false, "hardwareVirtualization": "NOT_USED", "runsOn": "HOST_OS",
			 "emulatesForeignIsa": false, "sharesHostKernel": true, "userSpaceKernel": false,
			 "translatesSyscalls": false, "managesOthers": false, "imageFormats": ["OCI_IMAGE"], "contested": []}
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	Verdicts verdicts;

	@Autowired
	JsonMapper json;

	@Test
	void everyToolsOwnFactsPostedBackGiveThatToolsVerdict() {
		List<String> different = new ArrayList<>();
		for (ToolEntry tool : this.knowledgeBase.tools()) {
			String facts = this.json.writeValueAsString(tool.document().facts());
			MvcTestResult result = this.mvc.post()
				.uri("/api/classify?lang=en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(facts)
				.exchange();
			assertThat(result).hasStatusOk();
			JsonNode actual = this.json.readTree(result.getResponse().getContentAsByteArray());
			JsonNode expected = this.json.valueToTree(this.verdicts.view(tool.document().facts(), Locale.ENGLISH));
			if (!actual.equals(expected)) {
				different.add(tool.slug());
			}
		}
		assertThat(this.knowledgeBase.tools()).hasSizeGreaterThanOrEqualTo(100);
		assertThat(different).isEmpty();
	}

	@Test
	void dockersFactsAreAContainerWithReasonsInChinese() {
		var body = assertThat(this.mvc.post()
			.uri("/api/classify")
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(DOCKER)).hasStatusOk().bodyJson();
		body.extractingPath("$.category").isEqualTo("CONTAINER");
		body.extractingPath("$.vmTool").isEqualTo(false);
		body.extractingPath("$.isolationLevel").isEqualTo("KERNEL");
		body.extractingPath("$.reasons[0].key").isEqualTo("classification.reason.container");
		body.extractingPath("$.reasons[0].text").asString().contains("共享宿主机内核");
		body.extractingPath("$.scores.category.CONTAINER").isNotNull();
	}

	@Nested
	class BadFacts {

		@Test
		void anUnknownKeyIsA400ThatNamesIt() {
			String body = DOCKER.replace("\"contested\": []", "\"contested\": [], \"bootsFast\": true");
			var json = assertThat(ClassifyApiTests.this.mvc.post()
				.uri("/api/classify")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson();
			json.extractingPath("$.detail").asString().contains("bootsFast");
			json.extractingPath("$.errors.bootsFast").asString().contains("unknown key");
		}

		@Test
		void aBadEnumValueAWrongTypeAndAMissingFactAreEachNamed() {
			String body = """
					{"guestOwnKernel": "maybe", "hardwareVirtualization": "SOMETIMES", "runsOn": "HOST_OS",
					 "emulatesForeignIsa": false, "sharesHostKernel": true, "userSpaceKernel": false,
					 "translatesSyscalls": false, "imageFormats": ["OCI_IMAGE", "FLOPPY"], "contested": ["colour"]}
					""";
			var json = assertThat(ClassifyApiTests.this.mvc.post()
				.uri("/api/classify")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson();
			json.extractingPath("$.errors.guestOwnKernel").isNotNull();
			json.extractingPath("$.errors.hardwareVirtualization").asString().contains("SOMETIMES");
			json.extractingPath("$.errors.managesOthers").asString().contains("required");
			json.extractingPath("$.detail").asString().contains("imageFormats", "contested");
		}

		@Test
		void aBodyThatIsNotJsonIsA400() {
			assertThat(ClassifyApiTests.this.mvc.post()
				.uri("/api/classify")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json")).hasStatus(HttpStatus.BAD_REQUEST);
		}

	}

}
