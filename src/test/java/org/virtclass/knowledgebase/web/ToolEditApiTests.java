package org.virtclass.knowledgebase.web;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instructors edit tools through {@code /api/tools} with HTTP Basic: create, replace,
 * retire.
 */
class ToolEditApiTests extends AppTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KnowledgeBaseEditor editor;

	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((INSTRUCTOR + ":" + PASSWORD).getBytes());
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> get(String slug) {
		String body = new String(
				this.mvc.get().uri("/api/tools/" + slug).exchange().getResponse().getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		return JSON.readValue(body, Map.class);
	}

	MvcTestResult put(String slug, Map<String, Object> body) {
		return this.mvc.put()
			.uri("/api/tools/" + slug)
			.header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	MvcTestResult post(Map<String, Object> body) {
		return this.mvc.post()
			.uri("/api/tools")
			.header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	Map<String, Object> newTool(String slug, String name, String alias) {
		Map<String, Object> body = get("podman");
		body.put("slug", slug);
		body.put("name", name);
		body.put("nameZh", name + " 中文");
		body.put("aliases", List.of(alias));
		body.remove("version");
		return body;
	}

	@Test
	void aPutWithTheSameShapeGetReturnsChangesTheToolAndBumpsTheVersion() {
		Map<String, Object> tool = get("lxd");
		long version = ((Number) tool.get("version")).longValue();
		tool.put("vendor", "Canonical Ltd.");
		tool.put("verdict", Map.of("category", "EMULATOR"));
		assertThat(put("lxd", tool)).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.vendor").isEqualTo("Canonical Ltd.");
			assertThat(json).extractingPath("$.version")
				.asNumber()
				.satisfies((v) -> assertThat(v.longValue()).isGreaterThan(version));
		});
		assertThat(get("lxd").get("category")).isEqualTo("CONTAINER");
		assertThat(this.editor.history(ItemKind.TOOL, "lxd").get(0).changedFields()).containsExactly("vendor");
		assertThat(this.editor.history(ItemKind.TOOL, "lxd").get(0).by()).isEqualTo(INSTRUCTOR);
	}

	@Test
	void aPostCreatesATool201WithItsLocation() {
		MvcTestResult result = post(newTool("api-made-engine", "API Made Engine", "AME"));
		assertThat(result).hasStatus(HttpStatus.CREATED).headers().hasValue("Location", "/api/tools/api-made-engine");
		assertThat(get("api-made-engine").get("aliases")).isEqualTo(List.of("AME"));
	}

	@Test
	void aDeleteRetiresTheToolWhichLeavesTheListButStaysInTheHistory() {
		post(newTool("short-lived", "Short Lived", "SLE"));
		assertThat(this.mvc.delete().uri("/api/tools/short-lived").header(HttpHeaders.AUTHORIZATION, basic()))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/tools/short-lived")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/tools")).bodyText().doesNotContain("short-lived");
		assertThat(this.editor.history(ItemKind.TOOL, "short-lived")).extracting((r) -> r.change().name())
			.containsExactly("RETIRE", "CREATE");
	}

	@Nested
	class Errors {

		@Test
		void aStaleVersionIs409WithProblemDetails() {
			Map<String, Object> first = get("lxc");
			Map<String, Object> second = get("lxc");
			first.put("license", "LGPL-2.1-or-later");
			assertThat(put("lxc", first)).hasStatusOk();
			second.put("vendor", "Someone else");
			assertThat(put("lxc", second)).hasStatus(HttpStatus.CONFLICT)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					assertThat(json).extractingPath("$.detail").asString().contains("version");
					assertThat(json).extractingPath("$.currentVersion").isNotNull();
				});
			assertThat(get("lxc").get("vendor")).isNotEqualTo("Someone else");
		}

		@Test
		void anInvalidFieldIs400NamingTheFields() {
			Map<String, Object> tool = get("k3s");
			tool.put("category", "BOAT");
			tool.put("firstRelease", "soon");
			assertThat(put("k3s", tool)).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.satisfies((json) -> {
					assertThat(json).extractingPath("$.errors.category").asString().contains("BOAT");
					assertThat(json).extractingPath("$.errors.firstRelease").asString().contains("whole number");
				});
		}

		@Test
		void aDuplicateAliasIs400NamingTheOtherTool() {
			assertThat(post(newTool("alias-thief", "Alias Thief", "VBox"))).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors['aliases[0]']")
				.asString()
				.contains("virtualbox");
		}

		@Test
		void aMissingVersionIs400() {
			Map<String, Object> tool = get("crun");
			tool.remove("version");
			assertThat(put("crun", tool)).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors.version")
				.isNotNull();
		}

		@Test
		void anExistingSlugIs409() {
			assertThat(post(newTool("docker", "Another Docker", "AD"))).hasStatus(HttpStatus.CONFLICT);
		}

		@Test
		void editingNeedsAnInstructor() {
			assertThat(ToolEditApiTests.this.mvc.delete().uri("/api/tools/docker")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

	}

}
