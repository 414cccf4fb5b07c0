package org.virtclass.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remembered lookup must pick exactly the handler Spring's own lookup picks, or
 * refuse with the same error, for every request: the same controllers are mapped by both
 * and each request goes to both.
 */
class PathIndexedHandlerMappingTests {

	private static final List<String> PATHS = List.of("/api/sessions/ABC123/answers", "/api/sessions/abc/question",
			"/api/sessions/SPECIAL/answers", "/api/sessions/ABC123/state", "/api/sessions/ABC123/nothing",
			"/api/sessions", "/api/sessions/", "/tools", "/tools/docker", "/tools/new", "/tools/docker/edit",
			"/files/a", "/files/a/b/c", "/dup/x", "/", "/unknown", "/API/sessions/ABC/answers",
			"/api/sessions/%41BC/answers");

	private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "PUT", "OPTIONS");

	private static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/html", "text/plain");

	@TestFactory
	Stream<DynamicTest> picksWhatSpringPicksForEveryRequest() throws Exception {
		RequestMappingHandlerMapping plain = mapping(new RequestMappingHandlerMapping());
		PathIndexedHandlerMapping indexed = mapping(new PathIndexedHandlerMapping());
		List<DynamicTest> tests = new ArrayList<>();
		for (String path : PATHS) {
			for (String method : METHODS) {
				for (String accept : ACCEPTS) {
					tests.add(DynamicTest.dynamicTest(method + " " + path + " Accept " + accept, () -> {
						// twice: the second lookup uses what the first remembered
						Outcome expected = outcome(plain, method, path, accept);
						assertThat(outcome(indexed, method, path, accept)).isEqualTo(expected);
						assertThat(outcome(indexed, method, path, accept)).isEqualTo(expected);
					}));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void findsAPlayerEndpointWithItsPathVariable() throws Exception {
		PathIndexedHandlerMapping indexed = mapping(new PathIndexedHandlerMapping());
		Outcome outcome = outcome(indexed, "POST", "/api/sessions/ABC123/answers", "*/*");
		assertThat(outcome.handler()).isEqualTo("answer");
		assertThat(outcome.variables()).isEqualTo(Map.of("code", "ABC123"));
		// the literal mapping is more specific than the variable one
		assertThat(outcome(indexed, "POST", "/api/sessions/SPECIAL/answers", "*/*").handler()).isEqualTo("special");
		assertThat(outcome(indexed, "GET", "/api/sessions/ABC123/answers", "*/*").error())
			.isEqualTo("HttpRequestMethodNotSupportedException");
	}

	@Test
	void aMappingRegisteredLaterIsFoundForAPathAlreadyRemembered() throws Exception {
		PathIndexedHandlerMapping indexed = mapping(new PathIndexedHandlerMapping());
		assertThat(outcome(indexed, "GET", "/late/one", "*/*").handler()).isNull();
		indexed.registerMapping(
				RequestMappingInfo.paths("/late/{x}").options(indexed.getBuilderConfiguration()).build(),
				new Sessions(), Sessions.class.getDeclaredMethod("state", String.class));
		assertThat(outcome(indexed, "GET", "/late/one", "*/*").handler()).isEqualTo("state");
	}

	@Test
	void remembersABoundedNumberOfPaths() throws Exception {
		PathIndexedHandlerMapping indexed = mapping(new PathIndexedHandlerMapping());
		for (int i = 0; i < PathIndexedHandlerMapping.MAX_PATHS + 50; i++) {
			outcome(indexed, "GET", "/tools/t" + i, "*/*");
			assertThat(indexed.rememberedPaths()).isLessThanOrEqualTo(PathIndexedHandlerMapping.MAX_PATHS);
		}
		assertThat(outcome(indexed, "GET", "/tools/docker", "*/*").handler()).isEqualTo("tool");
	}

	private static <M extends RequestMappingHandlerMapping> M mapping(M mapping) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.registerSingleton("sessions", Sessions.class);
		context.registerSingleton("tools", Tools.class);
		context.refresh();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	private static Outcome outcome(RequestMappingHandlerMapping mapping, String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", accept);
		if (method.equals("OPTIONS")) {
			request.addHeader("Origin", "https://example.org");
			request.addHeader("Access-Control-Request-Method", "POST");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return new Outcome(null, null, null, null, null);
			}
			Object handler = chain.getHandler();
			String name = (handler instanceof HandlerMethod m) ? m.getMethod().getName()
					: handler.getClass().getSimpleName();
			return new Outcome(name, request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE),
					request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
					request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE), null);
		}
		catch (Exception ex) {
			return new Outcome(null, null, null, null, ex.getClass().getSimpleName());
		}
	}

	record Outcome(String handler, Object variables, Object pattern, Object producible, String error) {
	}

	@Controller
	@RequestMapping("/api/sessions")
	static class Sessions {

		@PostMapping("/{code}/answers")
		void answer(String code) {
		}

		@PostMapping("/SPECIAL/answers")
		void special() {
		}

		@GetMapping(path = "/{code}/question", produces = MediaType.APPLICATION_JSON_VALUE)
		void question(String code) {
		}

		@GetMapping("/{code}/state")
		void state(String code) {
		}

		@PostMapping
		void create() {
		}

	}

	@Controller
	static class Tools {

		@GetMapping(path = "/tools", produces = MediaType.TEXT_HTML_VALUE)
		void tools() {
		}

		@GetMapping(path = "/tools", produces = MediaType.APPLICATION_JSON_VALUE)
		void toolsJson() {
		}

		@GetMapping("/tools/{slug}")
		void tool(String slug) {
		}

		@GetMapping("/tools/new")
		void newTool() {
		}

		@DeleteMapping("/tools/{slug}")
		void deleteTool(String slug) {
		}

		@GetMapping("/files/**")
		void files() {
		}

		@GetMapping("/")
		void home() {
		}

		@GetMapping("/dup/{a}")
		void duplicateA(String a) {
		}

		@GetMapping("/dup/{b}")
		void duplicateB(String b) {
		}

	}

}
