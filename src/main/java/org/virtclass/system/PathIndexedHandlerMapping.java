package org.virtclass.system;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler among only the mappings whose path can match it. A path with
 * a variable ({@code /api/sessions/{code}/answers}) has no direct entry, so Spring tries
 * every mapping of the app, about 150, and checks method, headers and media types before
 * it looks at the path: in a profile of a live class that was a fifth of the CPU and a
 * quarter of the allocation of each answer and question fetch. Which mappings' paths
 * match depends on the path alone, so it is worked out once per path and remembered; the
 * rest of the lookup (the choice among several matches, 405, 406 and 415, CORS
 * pre-flight) is Spring's own, unchanged.
 */
class PathIndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** Paths remembered at most; beyond this the memory starts again. */
	static final int MAX_PATHS = 4096;

	private final Map<String, Set<RequestMappingInfo>> byPath = new ConcurrentHashMap<>();

	/** Moves on with every registration, so that a set worked out before one is not kept. */
	private volatile int generation;

	/** The mappings whose path matches the request being looked up on this thread. */
	private final ThreadLocal<Set<RequestMappingInfo>> candidates = new ThreadLocal<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Set<RequestMappingInfo> matching = this.byPath.get(lookupPath);
		if (matching == null) {
			int before = this.generation;
			matching = pathMatches(request);
			if (this.byPath.size() >= MAX_PATHS) {
				this.byPath.clear();
			}
			if (before == this.generation) {
				this.byPath.put(lookupPath, matching);
			}
		}
		this.candidates.set(matching);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			this.candidates.remove();
		}
	}

	/**
	 * A mapping whose path does not match returns null from Spring's check too; this only
	 * says so before the method, header and media-type conditions are evaluated.
	 */
	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		Set<RequestMappingInfo> matching = this.candidates.get();
		if (matching != null && info.getPathPatternsCondition() != null && !matching.contains(info)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/** The mappings whose path patterns match the request's path (and all without any). */
	private Set<RequestMappingInfo> pathMatches(HttpServletRequest request) {
		Set<RequestMappingInfo> matching = Collections.newSetFromMap(new IdentityHashMap<>());
		for (RequestMappingInfo info : getHandlerMethods().keySet()) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getMatchingCondition(request) != null) {
				matching.add(info);
			}
		}
		return Collections.unmodifiableSet(matching);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		this.generation++;
		super.registerMapping(mapping, handler, method);
		this.byPath.clear();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		this.generation++;
		super.unregisterMapping(mapping);
		this.byPath.clear();
	}

	/** Paths remembered now (for tests). */
	int rememberedPaths() {
		return this.byPath.size();
	}

}
