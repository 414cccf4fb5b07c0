package org.virtclass.knowledgebase.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The read-mostly pages: ETags, the shared in-memory copy, and that both follow every
 * change.
 */
class CataloguePagesTests extends AppTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CataloguePages pages;

	MvcTestResult get(String uri, String language) {
		return this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void aRevisitWithTheEtagCostsA304() {
		for (String page : List.of("/", "/tools", "/tools?q=vm", "/tools/docker", "/criteria", "/claims")) {
			MvcTestResult first = get(page, "en");
			assertThat(first).hasStatusOk();
			String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(page).isNotBlank();
			assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
			MvcTestResult again = this.mvc.get()
				.uri(page)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange();
			assertThat(again).as(page).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		}
	}

	@Test
	void theEtagNamesTheLanguageAndTheLoginState() {
		String english = get("/tools", "en").getResponse().getHeader(HttpHeaders.ETAG);
		String chinese = get("/tools", "zh-CN").getResponse().getHeader(HttpHeaders.ETAG);
		MvcTestResult instructor = this.mvc.get()
			.uri("/tools")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.exchange();
		assertThat(english).isNotEqualTo(chinese);
		assertThat(instructor.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(english);
		assertThat(instructor.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
		assertThat(this.mvc.get()
			.uri("/tools")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.header(HttpHeaders.IF_NONE_MATCH, english)
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))).hasStatusOk();
	}

	@Test
	void aVisitorGetsThePageFromMemoryAndAnInstructorHisOwn() {
		String first = body(get("/claims", "en"));
		long renders = this.pages.renders();
		String second = body(get("/claims", "en"));
		assertThat(this.pages.renders()).isEqualTo(renders);
		assertThat(second).isEqualTo(first).doesNotContain("logout-form").doesNotContain("name=\"_csrf\"");
		String own = body(this.mvc.get()
			.uri("/claims")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(user(INSTRUCTOR).roles("INSTRUCTOR"))
			.exchange());
		assertThat(own).contains("logout-form", INSTRUCTOR, "name=\"_csrf\"");
		assertThat(get("/claims", "en").getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void aBrowserThatAcceptsGzipGetsTheKeptGzip() {
		MvcTestResult gzipped = this.mvc.get()
			.uri("/tools")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		byte[] bytes = gzipped.getResponse().getContentAsByteArray();
		assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
		assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
		assertThat(bytes.length).isLessThan(body(get("/tools", "en")).length() / 3);
	}

	@Test
	void searchAnswersEachQueryWhileCached() {
		for (int round = 0; round < 2; round++) {
			assertThat(body(get("/tools?q=docker", "en"))).contains("href=\"/tools/docker\"")
				.doesNotContain("href=\"/tools/qemu\"");
			assertThat(body(get("/tools?q=qemu", "en"))).contains("href=\"/tools/qemu\"")
				.doesNotContain("href=\"/tools/docker\"");
		}
		String fragment = body(this.mvc.get()
			.uri("/tools?q=qemu")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.header("HX-Request", "true")
			.exchange());
		assertThat(fragment).contains("href=\"/tools/qemu\"").doesNotContain("<html");
	}

	@Test
	void anEditChangesTheEtagAndThePagesAtOnce() {
		Map<String, Object> tool = newTool();
		assertThat(this.mvc.post()
			.uri("/api/tools")
			.header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(tool))).hasStatus(HttpStatus.CREATED);
		MvcTestResult before = get("/tools/cache-probe-engine", "en");
		String list = body(get("/tools?q=cache-probe", "en"));
		assertThat(body(before)).contains("Probe Vendor One");
		assertThat(list).contains("Cache Probe Engine");

		Map<String, Object> stored = JSON
			.readValue(body(this.mvc.get().uri("/api/tools/cache-probe-engine").exchange()), Map.class);
		stored.put("vendor", "Probe Vendor Two");
		stored.put("name", "Cache Probe Renamed");
		assertThat(this.mvc.put()
			.uri("/api/tools/cache-probe-engine")
			.header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(stored))).hasStatusOk();

		MvcTestResult after = this.mvc.get()
			.uri("/tools/cache-probe-engine")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.header(HttpHeaders.IF_NONE_MATCH, before.getResponse().getHeader(HttpHeaders.ETAG))
			.exchange();
		assertThat(after).hasStatusOk();
		assertThat(body(after)).contains("Probe Vendor Two").doesNotContain("Probe Vendor One");
		assertThat(body(get("/tools?q=cache-probe", "en"))).contains("Cache Probe Renamed")
			.doesNotContain("Cache Probe Engine");
	}

	@Test
	void anUnknownToolIsStillA404WithoutEtag() {
		MvcTestResult missing = get("/tools/no-such-tool", "en");
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> newTool() {
		Map<String, Object> body = JSON.readValue(body(this.mvc.get().uri("/api/tools/podman").exchange()), Map.class);
		body.put("slug", "cache-probe-engine");
		body.put("name", "Cache Probe Engine");
		body.put("nameZh", "缓存探针引擎");
		body.put("vendor", "Probe Vendor One");
		body.put("aliases", List.of("CPE"));
		body.remove("version");
		return body;
	}

	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((INSTRUCTOR + ":" + PASSWORD).getBytes());
	}

}
