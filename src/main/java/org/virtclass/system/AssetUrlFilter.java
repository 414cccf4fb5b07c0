package org.virtclass.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives the links to our static files ({@link StaticAssets}) their content-hashed URL.
 * Each asset is resolved through the resource chain once and remembered; every other link
 * of a page is returned as it is, without a lookup.
 */
@Component
class AssetUrlFilter extends OncePerRequestFilter {

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	private final AtomicLong lookups = new AtomicLong();

	AssetUrlFilter(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public String encodeURL(String url) {
				return versioned(contextPath, super.encodeURL(url));
			}

		});
	}

	String versioned(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		String path = url.substring(contextPath.length());
		if (!isAsset(path)) {
			return url;
		}
		return this.resolved.computeIfAbsent(url, (u) -> {
			this.lookups.incrementAndGet();
			ResourceUrlProvider provider = this.urls.getIfAvailable();
			String hashed = (provider != null) ? provider.getForLookupPath(path) : null;
			return (hashed != null) ? contextPath + hashed : u;
		});
	}

	static boolean isAsset(String path) {
		if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || path.indexOf(';') >= 0 || path.contains("..")) {
			return false;
		}
		if (path.startsWith(StaticAssets.FAVICON)) {
			return path.endsWith(".svg");
		}
		for (String folder : StaticAssets.FOLDERS) {
			if (path.startsWith(folder)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many links were looked up in the resource chain since the start; each asset
	 * once.
	 */
	long lookups() {
		return this.lookups.get();
	}

}
