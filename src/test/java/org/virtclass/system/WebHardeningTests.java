package org.virtclass.system;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body limits, container errors as problem details, headers and sessions, over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningTests extends AppTestSupport {

	private static final int LIMIT = 256 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static byte[] jsonOfSize(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) ' ');
		byte[] start = "{\"question\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, body, 0, start.length);
		Arrays.fill(body, start.length, size - 2, (byte) 'a');
		body[size - 2] = '"';
		body[size - 1] = '}';
		return body;
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html", "Exception");
	}

	@Nested
	class BodyLimits {

		@Test
		void aJsonBodyOverTheAnonymousLimitIs413() throws Exception {
			HttpResponse<String> response = send(request("/api/quiz/check").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofByteArray(jsonOfSize(LIMIT + 1))));
			assertProblem(response, 413);
			assertThat(response.body()).contains("256 KB");
		}

		@Test
		void aChunkedBodyOverTheLimitIs413() throws Exception {
			// An InputStream publisher has no length: the client sends it chunked.
			HttpResponse<String> response = send(request("/api/classify").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(jsonOfSize(LIMIT * 4)))));
			assertProblem(response, 413);
		}

		@Test
		void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
			byte[] body = """
					{"question": "Which of these is a virtual machine?", "options": ["VirtualBox", "Docker"]}"""
				.getBytes(StandardCharsets.UTF_8);
			HttpResponse<String> response = send(request("/api/quiz/check").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
			assertThat(response.statusCode()).isEqualTo(200);
		}

		@Test
		void aBodyJustAtTheLimitIsNotRefusedForItsSize() throws Exception {
			HttpResponse<String> response = send(request("/api/quiz/check").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofByteArray(jsonOfSize(LIMIT))));
			assertThat(response.statusCode()).isNotEqualTo(413);
		}

		@Test
		void aPlayerAnswerIsLimitedToo() throws Exception {
			HttpResponse<String> response = send(
					request("/api/sessions/ABCDEF/answers").header("Content-Type", "application/json")
						.POST(BodyPublishers.ofByteArray(jsonOfSize(LIMIT + 1))));
			assertProblem(response, 413);
		}

		@Test
		void anOversizedMultipartBodyOnTheApiIsAProblem() throws Exception {
			byte[] body = new byte[11 * 1024 * 1024];
			HttpResponse<String> response = send(
					request("/api/quiz/check").header("Content-Type", "multipart/form-data; boundary=x")
						.POST(BodyPublishers.ofByteArray(body)));
			assertProblem(response, 413);
		}

	}

	@Nested
	class ContainerErrors {

		@Test
		void aBrokenPercentEscapeIsA400ProblemWithoutStackTrace(CapturedOutput output) throws Exception {
			// HttpClient refuses such a URL, so this request is written by hand.
			String answer = raw("GET /api/tools?q=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 400")
				.contains("application/problem+json", "\"status\":400")
				.doesNotContain("<html");
			assertThat(output.getAll()).doesNotContain("InvalidParameterException", "DecodeException");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/tools?q=%ZZ", "/check?question=%E4%B8", "/?lang=%" })
		void aBrokenQueryOnAPageIsA400PageWithoutStackTrace(String target, CapturedOutput output) throws Exception {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Accept-Language: en\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 400").contains("<html").doesNotContain("Exception", "at org.");
			assertThat(output.getAll()).doesNotContain("InvalidParameterException", "DecodeException",
					"IllegalArgumentException");
		}

		@ParameterizedTest
		@ValueSource(strings = { "q=vm", "q=%E8%99%9A%E6%8B%9F%E6%9C%BA", "a=docker&b=%20kvm", "q=100%25" })
		void aWellFormedQueryIsRead(String query) {
			assertThat(QueryStringFilter.readable(query)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "q=%ZZ", "q=%", "q=%4", "q=%E4%B8", "q=%FF", "a=%C3&b=%A9" })
		void aBrokenQueryIsRefused(String query) {
			assertThat(QueryStringFilter.readable(query)).isFalse();
		}

		@Test
		void aUrlOverTheLimitIsAProblem() throws Exception {
			HttpResponse<String> response = send(request("/api/tools?q=" + "a".repeat(9000)));
			assertProblem(response, 400);
		}

		@Test
		void aHeaderOverTheLimitIsAProblem() throws Exception {
			// HttpClient refuses to send such a header, so this one is written by hand.
			String answer = raw("GET /api/tools HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(9000)
					+ "\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 400")
				.contains("application/problem+json", "\"status\":400")
				.doesNotContain("<html");
		}

		private String raw(String request) throws Exception {
			try (Socket socket = new Socket("localhost", WebHardeningTests.this.port)) {
				OutputStream out = socket.getOutputStream();
				out.write(request.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

	}

	@Nested
	class HeadersAndSessions {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/tools", "/tools/docker", "/criteria", "/api/tools" })
		void everyAnswerKeepsTheReferrerToThisSite(String path) throws Exception {
			assertThat(send(request(path)).headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}

		@Test
		void scriptsMayConnectOnlyToThisServer() throws Exception {
			String csp = send(request("/lab")).headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(csp).contains("connect-src 'self' ws://localhost:" + WebHardeningTests.this.port + ";")
				.doesNotContain("ws: ", "wss:");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/", "/tools", "/tools/docker", "/criteria", "/compare?a=docker&b=virtualbox" })
		void anAnonymousCataloguePageOpensNoSession(String path) throws Exception {
			HttpResponse<String> response = send(request(path));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		}

		@org.junit.jupiter.api.BeforeEach
		void useTheAppsCsrfRepository(
				@org.springframework.beans.factory.annotation.Autowired org.springframework.web.context.WebApplicationContext context) {
			FormPagesTests.restoreCsrfRepository(context);
		}

		@ParameterizedTest
		@ValueSource(strings = { "/login", "/check", "/classify" })
		void anAnonymousFormPageOpensNoSessionAndKeepsItsTokenInACookie(String path) throws Exception {
			HttpResponse<String> response = send(request(path));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"))
				.anySatisfy((c) -> assertThat(c).startsWith("VIRTCLASS_CSRF=").contains("HttpOnly"));
		}

		@Test
		void cookiesAreSameSiteLax() throws Exception {
			List<String> csrf = send(request("/login")).headers().allValues("Set-Cookie");
			assertThat(csrf).anySatisfy((c) -> assertThat(c).startsWith("VIRTCLASS_CSRF").contains("SameSite=Lax"));
			HttpResponse<String> login = send(request("/login"));
			java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(login.body());
			assertThat(token.find()).isTrue();
			String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
			// A failed login keeps its message in the session, so the answer opens one.
			List<String> session = send(request("/login").header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString("username=nobody&password=wrong&_csrf="
						+ java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))))
				.headers()
				.allValues("Set-Cookie");
			assertThat(session).anySatisfy((c) -> assertThat(c).startsWith("JSESSIONID").contains("SameSite=Lax"));
			List<String> language = send(request("/tools?lang=zh_CN")).headers().allValues("Set-Cookie");
			assertThat(language).anySatisfy((c) -> assertThat(c).startsWith("VIRTCLASS_LANG").contains("SameSite=Lax"));
		}

		@Test
		void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
			HttpResponse<String> response = send(
					request("/login").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7"));
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(response.headers().allValues("Set-Cookie"))
				.anySatisfy((c) -> assertThat(c).startsWith("VIRTCLASS_CSRF").contains("Secure"));
			assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("connect-src 'self' wss://localhost");
		}

		@Test
		void withoutTheProxyHeaderThereIsNoHsts() throws Exception {
			HttpResponse<String> response = send(request("/login"));
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.contains("Secure"));
		}

	}

}
