package org.virtclass.system;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.virtclass.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page links are not looked up as static resources (that cost 88 % of a catalogue page's
 * CPU), and our static files are served under content-hashed URLs that browsers keep for
 * a year.
 */
class StaticAssetsTests extends AppTestSupport {

	static final Pattern HASHED_CSS = Pattern.compile("href=\"(/css/virtclass-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AssetUrlFilter assets;

	String page(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	@Test
	void noLinkIsRewrittenThroughBootsResourceChain() {
		// Boot registers this filter when its chain is on (a WebJars locator switches it
		// on by itself);
		// it sends every link of a page through a classpath lookup.
		assertThat(this.context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

	@Test
	void renderingTheCatalogueLooksUpOnlyOurAssetsAndEachOnlyOnce() {
		page("/tools?q=lookup-probe-1");
		long afterFirst = this.assets.lookups();
		String html = page("/tools?q=lookup-probe-2");
		page("/tools/docker");
		page("/claims");
		assertThat(html).contains("href=\"/tools\"", "href=\"/criteria\"");
		// The count is since the start of this shared context, so other tests' pages may
		// have added their
		// own assets: at most every asset once, never one lookup per link of the ~400 on
		// this page.
		assertThat(afterFirst).isBetween(1L, assetFiles());
		assertThat(this.assets.lookups()).isEqualTo(afterFirst);
	}

	@Test
	void assetsHaveContentHashedUrlsKeptForAYear() throws Exception {
		Matcher css = HASHED_CSS.matcher(page("/"));
		assertThat(css.find()).isTrue();
		var response = this.mvc.get().uri(css.group(1)).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000", "immutable");
		assertThat(response.getContentAsString()).isNotBlank();
		assertThat(page("/")).containsPattern("src=\"/js/virtclass-[0-9a-f]{32}\\.js\"")
			.containsPattern("src=\"/vendor/htmx/htmx\\.min-[0-9a-f]{32}\\.js\"")
			.containsPattern("href=\"/favicon-[0-9a-f]{32}\\.svg\"");
	}

	@Test
	void aWrongHashIsNotServed() {
		assertThat(this.mvc.get()
			.uri("/css/virtclass-00000000000000000000000000000000.css")
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyOurFoldersCountAsAssets() {
		assertThat(AssetUrlFilter.isAsset("/css/virtclass.css")).isTrue();
		assertThat(AssetUrlFilter.isAsset("/favicon.svg")).isTrue();
		assertThat(AssetUrlFilter.isAsset("/tools/docker")).isFalse();
		assertThat(AssetUrlFilter.isAsset("/swagger-ui/index.html")).isFalse();
		assertThat(AssetUrlFilter.isAsset("/css/virtclass.css;jsessionid=1")).isFalse();
	}

	/** The files under our static folders: each may be looked up once at most. */
	private static long assetFiles() {
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/static"))) {
			return files.filter(java.nio.file.Files::isRegularFile).count();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
