package org.virtclass.system;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every error the JSON API answers has one shape: a {@code type} under {@code /problems/}
 * whose page explains it, a {@code title}, the {@code status} of the response, a
 * {@code detail} and the {@code instance} it happened at; wrong fields come in
 * {@code errors}.
 */
class ProblemContractTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Nested
	class TheApiAnswersOneShape {

		@Test
		void badJson() {
			assertProblem(post("/api/quiz/check", "{\"options\": [").exchange(), 400, "/api/quiz/check");
		}

		@Test
		void aBodyOverTheLimit() {
			String big = "{\"question\": \"" + "x".repeat(300 * 1024) + "\"}";
			assertProblem(post("/api/quiz/check", big).exchange(), 413, "/api/quiz/check");
		}

		@Test
		void anUnknownJoinCode() {
			var problem = assertProblem(mvc.get().uri("/api/sessions/QQQQQQ/state").with(from("10.20.0.1")).exchange(),
					404, "/api/sessions/QQQQQQ/state");
			assertThat(problem).containsEntry("type", "/problems/live-unknown-code")
				.containsEntry("error", "UNKNOWN_CODE");
		}

		@Test
		void invalidFields() {
			var problem = assertProblem(post("/api/sessions", "{\"optionCount\": 9, \"secondsPerQuestion\": 1}")
				.with(httpBasic(INSTRUCTOR, PASSWORD))
				.exchange(), 400, "/api/sessions");
			assertThat(problem).containsEntry("type", "/problems/invalid-fields").containsEntry("field", "optionCount");
			assertThat(problem.get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsOnlyKeys("optionCount", "secondsPerQuestion");
		}

		@Test
		void invalidCheckerFields() {
			var problem = assertProblem(post("/api/quiz/check", "{\"options\": [\"Xen\"], \"hint\": 1}").exchange(),
					400, "/api/quiz/check");
			assertThat(problem.get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsOnlyKeys("options", "hint");
		}

		@Test
		void noCredentials() {
			assertProblem(post("/api/sessions", "{}").exchange(), 401, "/api/sessions");
		}

		@Test
		void aStudentAtAnInstructorsEndpoint() {
			assertProblem(post("/api/sessions", "{}").with(user("pupil").roles("STUDENT")).exchange(), 403,
					"/api/sessions");
		}

		@Test
		void aTokenOfNoPlayer() {
			String code = create();
			assertProblem(
					mvc.get().uri("/api/sessions/" + code + "/question").header("X-Player-Token", "nobody").exchange(),
					403, "/api/sessions/" + code + "/question");
		}

		@Test
		void nothingAtThisPath() {
			assertProblem(mvc.get().uri("/api/tools/no-such-tool").exchange(), 404, "/api/tools/no-such-tool");
		}

		@Test
		void aMethodThePathDoesNotTake() throws Exception {
			// The container's error dispatch answers this one, which only a real request
			// reaches.
			String basic = java.util.Base64.getEncoder()
				.encodeToString((INSTRUCTOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			String answer = raw("PATCH /api/sessions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
					+ "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 405");
			Map<String, Object> problem = json(answer);
			assertThat(problem).containsEntry("status", 405).containsEntry("instance", "/api/sessions");
			assertThat(problem.get("detail")).asString().isNotBlank();
			assertTypePage(problem.get("type").toString());
		}

		@Test
		void aTakenNickname() {
			String code = create();
			String path = "/api/sessions/" + code + "/players";
			assertThat(post(path, "{\"nickname\": \"Ada\"}").with(from("10.20.0.2")).exchange())
				.hasStatus(HttpStatus.CREATED);
			var problem = assertProblem(post(path, "{\"nickname\": \"Ada\"}").with(from("10.20.0.2")).exchange(), 409,
					path);
			assertThat(problem).containsEntry("type", "/problems/live-nickname-taken");
		}

		@Test
		void tooManyUnknownCodes() {
			MvcTestResult last = null;
			for (int i = 0; i < 40; i++) {
				last = mvc.get()
					.uri("/api/sessions/ZZZZZ" + (char) ('A' + i % 26) + "/state")
					.with(from("10.20.0.3"))
					.exchange();
				if (last.getResponse().getStatus() == 429) {
					break;
				}
			}
			assertProblem(last, 429, null);
			assertThat(last.getResponse().getHeader("Retry-After")).matches("[1-9][0-9]*");
		}

		@Test
		void aQuestionTheCheckerCannotRead() {
			var problem = assertProblem(
					post("/api/quiz/check", "{\"question\": \"下列软件中属于杀毒软件的是\", \"options\": [\"360杀毒\", \"Docker\"]}")
						.exchange(),
					422, "/api/quiz/check");
			assertThat(problem).containsEntry("type", "/problems/question-not-understood");
		}

		@Test
		void aHeaderOverTheContainersLimit() throws Exception {
			String answer = raw("GET /api/tools HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(9000)
					+ "\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 400");
			Map<String, Object> problem = json(answer);
			assertThat(problem).containsEntry("status", 400).containsKeys("title", "detail");
			assertThat(problem.get("type")).asString().startsWith("/problems/");
			assertTypePage(problem.get("type").toString());
		}

	}

	@Nested
	class ProblemPages {

		@Test
		void aPageSpeaksBothLanguages() {
			assertThat(mvc.get().uri("/problems/not-found?lang=zh-CN")).hasStatusOk().bodyText().contains("这里什么也没有");
			assertThat(mvc.get().uri("/problems/not-found?lang=en")).hasStatusOk()
				.bodyText()
				.contains("Nothing is here");
		}

		@Test
		void anUnknownCodeIsA404Page() {
			assertThat(mvc.get().uri("/problems/no-such-code").accept(MediaType.TEXT_HTML))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/problems/Not_A_Code").accept(MediaType.TEXT_HTML))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	private Map<String, Object> assertProblem(MvcTestResult result, int status, String instance) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = JsonPath
			.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$");
		assertThat(problem).containsEntry("status", status).containsKeys("title", "detail", "type");
		assertThat(problem.get("title")).asString().isNotBlank();
		assertThat(problem.get("detail")).asString().isNotBlank();
		if (instance != null) {
			assertThat(problem).containsEntry("instance", instance);
		}
		assertThat(problem.get("type")).asString().startsWith("/problems/");
		assertTypePage(problem.get("type").toString());
		return problem;
	}

	private void assertTypePage(String type) {
		assertThat(type).startsWith(Problems.PATH);
		assertThat(this.mvc.get().uri(type).accept(MediaType.TEXT_HTML)).hasStatusOk().bodyText().contains("<h1>");
	}

	private MockMvcTester.MockMvcRequestBuilder post(String path, String body) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String create() {
		MvcTestResult result = post("/api/sessions", "{\"type\":\"NOT_VM_TOOL\",\"questionCount\":3,\"seed\":7}")
			.with(httpBasic(INSTRUCTOR, PASSWORD))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.code");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The problem in a raw HTTP answer, chunked or not. */
	private static Map<String, Object> json(String answer) {
		return JsonPath.read(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1), "$");
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
