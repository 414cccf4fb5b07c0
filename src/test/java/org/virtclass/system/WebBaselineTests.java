package org.virtclass.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Languages, security defaults and error handling, as a browser or script meets them. */
class WebBaselineTests extends AppTestSupport {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test
	void theBrowserLanguagePicksChinese() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains("哪些是虚拟机", "lang=\"zh-CN\"");
	}

	@Test
	void anyOtherLanguageGetsEnglish() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("Which of these is a virtual machine", "lang=\"en\"");
	}

	@Test
	void theSwitchChangesTheLanguageAndACookieRemembersIt() {
		MvcTestResult switched = this.mvc.get()
			.uri("/?lang=zh_CN")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();
		assertThat(switched).hasStatusOk().bodyText().contains("哪些是虚拟机");
		Cookie cookie = switched.getResponse().getCookie("VIRTCLASS_LANG");
		assertThat(cookie).isNotNull();
		assertThat(this.mvc.get().uri("/tools").cookie(cookie).header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyText()
			.contains("工具库");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/login").param("username", INSTRUCTOR).param("password", PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theApiNeedsNoCsrfTokenAndUsesBasicAuth() {
		assertThat(this.mvc.get().uri("/api/sessions/unknown-path-for-auth-check").with((r) -> {
			r.addHeader(HttpHeaders.AUTHORIZATION, basic(INSTRUCTOR, "wrong"));
			return r;
		})).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theApiIgnoresTheSessionCookie() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("username", INSTRUCTOR)
			.param("password", PASSWORD)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND);
		var session = login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		assertThat(this.mvc.get()
			.uri("/api/questions/sample")
			.session((org.springframework.mock.web.MockHttpSession) session)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aWrongPasswordShowsAClearMessage() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = http
			.send(HttpRequest.newBuilder(URI.create(url("/login?lang=en"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + INSTRUCTOR + "&password=nope&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(failed.statusCode()).isEqualTo(302);
		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		String again = http
			.send(HttpRequest.newBuilder(URI.create(url("/login?error"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(again).contains("Wrong username or password");
		// the name stays typed; the cursor waits in the password box
		assertThat(again).containsPattern("<input id=\"username\"[^>]*value=\"" + INSTRUCTOR + "\"")
			.containsPattern("<input id=\"password\"[^>]*autofocus");
		String fresh = http
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(fresh).doesNotContainPattern("<input id=\"username\"[^>]*value=\"" + INSTRUCTOR + "\"");
	}

	@Test
	void anUnknownPageIsALocalized404WithoutStackTrace() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/tools/no-such-tool")))
				.header("Accept", "text/html")
				.header("Accept-Language", "zh-CN")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("这个地址没有内容").doesNotContain("Exception", "at org.");
	}

	@Test
	void anUnknownApiPathIsAProblemForInstructors() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/no-such-thing")))
				.header("Authorization", basic(INSTRUCTOR, PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/problem+json"));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void instructorPagesNeedALogin() {
		assertThat(this.mvc.get().uri("/instructor")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
