package org.virtclass.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The empty question forms come from memory with each visitor's own CSRF token, open no
 * session, and the token they carry is accepted by the post (over real HTTP, cookies and
 * all).
 */
class FormPagesTests extends AppTestSupport {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	FormPages pages;

	@Autowired
	WebApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Spring Security's {@code csrf()} post-processor in other MockMvc tests of this
	 * shared context swaps the running filter's token repository for a session-based one;
	 * put the app's back.
	 */
	@BeforeEach
	void useTheAppsCsrfRepository() {
		restoreCsrfRepository(this.context);
	}

	static void restoreCsrfRepository(WebApplicationContext context) {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/check"),
				SecurityConfig.csrfCookie());
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.build(), BodyHandlers.ofString());
	}

	private static String token(HttpResponse<String> page) {
		Matcher m = TOKEN.matcher(page.body());
		assertThat(m.find()).as("the form carries a CSRF token").isTrue();
		return m.group(1);
	}

	private static String csrfCookie(HttpResponse<String> page) {
		return page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("VIRTCLASS_CSRF="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no CSRF cookie in " + page.headers().map()));
	}

	@Test
	void everyVisitorGetsTheKeptPageWithTheirOwnTokenAndNoSession() throws Exception {
		get("/check", "en");
		long renders = this.pages.renders();
		HttpResponse<String> first = get("/check", "en");
		HttpResponse<String> second = get("/check", "en");
		assertThat(this.pages.renders()).as("served from memory").isEqualTo(renders);
		for (HttpResponse<String> page : List.of(first, second)) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(page.body()).contains("<h1", "check-form", "</html>");
			assertThat(page.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
			assertThat(csrfCookie(page)).contains("HttpOnly").contains("SameSite=Lax");
		}
		assertThat(token(first)).isNotEqualTo(token(second));
		assertThat(first.body().replace(token(first), "")).isEqualTo(second.body().replace(token(second), ""));
	}

	@Test
	void eachLanguageHasItsOwnKeptPage() throws Exception {
		HttpResponse<String> english = get("/check", "en");
		HttpResponse<String> chinese = get("/check", "zh-CN");
		assertThat(english.body()).contains("lang=\"en\"");
		assertThat(chinese.body()).contains("lang=\"zh-CN\"");
		assertThat(chinese.headers().firstValue("Content-Language"))
			.hasValueSatisfying((l) -> assertThat(l).startsWith("zh"));
		HttpResponse<String> classify = get("/classify", "en");
		assertThat(classify.statusCode()).isEqualTo(200);
		assertThat(classify.body()).doesNotContain("check-form");
	}

	@Test
	void theTokenFromAKeptPageIsAcceptedByThePost() throws Exception {
		get("/check", "en");
		HttpResponse<String> page = get("/check", "en");
		String cookie = csrfCookie(page).split(";", 2)[0];
		String form = "_csrf=" + URLEncoder.encode(token(page), StandardCharsets.UTF_8) + "&question="
				+ URLEncoder.encode("Which of these is not a virtual machine tool?", StandardCharsets.UTF_8)
				+ "&options="
				+ URLEncoder.encode("VMware Workstation\nVirtualBox\nHyper-V\nDocker", StandardCharsets.UTF_8);
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/check"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "en")
				.header("Cookie", cookie)
				.POST(BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"check-result\"", "Docker");

		HttpResponse<String> forged = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/check"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "VIRTCLASS_CSRF=invented")
				.POST(BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

}
