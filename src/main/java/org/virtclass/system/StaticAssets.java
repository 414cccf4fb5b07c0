package org.virtclass.system;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Our own static files under content-hashed URLs ({@code /css/virtclass-<md5>.css}) that
 * browsers keep for a year. Only these folders have a resource chain, and
 * {@link AssetUrlFilter} rewrites only links into them; Boot's implicit chain (switched
 * on by springdoc's WebJars locator) looked up every link of every page as a classpath
 * resource, which cost 88 % of a catalogue page's CPU.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	/** URL prefixes of our static files, each served from the folder of the same name. */
	static final List<String> FOLDERS = List.of("/css/", "/js/", "/vendor/");

	static final String FAVICON = "/favicon";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
		for (String folder : FOLDERS) {
			registry.addResourceHandler(folder + "**")
				.addResourceLocations("classpath:/static" + folder)
				.setCacheControl(year)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler(FAVICON + "*.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
