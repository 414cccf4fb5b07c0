package org.virtclass.system;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
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
 * match depends on the path alone, so it is worked out once per path and remembered, and
 * only those mappings are tried, by Spring's rules; whatever is not one clear match (405,
 * 406, 415, an ambiguity, a CORS pre-flight) is left to Spring's own lookup.
 */
class PathIndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** Paths remembered at most; beyond this the memory starts again. */
	static final int MAX_PATHS = 4096;

	private final Map<String, List<Candidate>> byPath = new ConcurrentHashMap<>();

	/**
	 * Moves on with every registration, so that a list worked out before one is not kept.
	 */
	private volatile int generation;

	/**
	 * Spring's lookup, over the mappings whose path matches: those registered for exactly
	 * this path if one of them matches the request, else all of them; the one best match
	 * wins. Whatever is not a single best match (nothing matches, a tie, a CORS
	 * pre-flight) goes to Spring's own lookup, so that its errors stay what they were.
	 */
	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<Candidate> candidates = candidates(lookupPath, request);
		if (candidates.isEmpty() || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Candidate> matches = matches(candidates, true, request);
		if (matches.isEmpty()) {
			matches = matches(candidates, false, request);
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Candidate best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> order = getMappingComparator(request);
			matches.sort((a, b) -> order.compare(a.info(), b.info()));
			best = matches.get(0);
			if (order.compare(best.info(), matches.get(1).info()) == 0) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
		handleMatch(best.info(), lookupPath, request);
		return best.handler();
	}

	/**
	 * The candidates that match the whole request, with the conditions narrowed to it.
	 */
	private List<Candidate> matches(List<Candidate> candidates, boolean direct, HttpServletRequest request) {
		List<Candidate> matches = new ArrayList<>(2);
		for (Candidate candidate : candidates) {
			if (candidate.direct() == direct) {
				RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
				if (match != null) {
					matches.add(new Candidate(match, candidate.handler(), direct));
				}
			}
		}
		return matches;
	}

	private List<Candidate> candidates(String lookupPath, HttpServletRequest request) {
		List<Candidate> candidates = this.byPath.get(lookupPath);
		if (candidates == null) {
			int before = this.generation;
			candidates = pathMatches(lookupPath, request);
			if (this.byPath.size() >= MAX_PATHS) {
				this.byPath.clear();
			}
			if (before == this.generation) {
				this.byPath.put(lookupPath, candidates);
			}
		}
		return candidates;
	}

	/**
	 * The mappings whose path patterns match the request's path. A mapping that does not
	 * use path patterns makes the list empty, which leaves the path to Spring's lookup.
	 */
	private List<Candidate> pathMatches(String lookupPath, HttpServletRequest request) {
		List<Candidate> matching = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths == null) {
				return List.of();
			}
			if (paths.getMatchingCondition(request) != null) {
				matching.add(new Candidate(info, entry.getValue(), info.getDirectPaths().contains(lookupPath)));
			}
		}
		return List.copyOf(matching);
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

	/** A mapping, its handler, and whether it is registered for exactly the path. */
	private record Candidate(RequestMappingInfo info, HandlerMethod handler, boolean direct) {
	}

	/** Paths remembered now (for tests). */
	int rememberedPaths() {
		return this.byPath.size();
	}

}
