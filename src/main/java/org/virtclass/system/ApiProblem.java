package org.virtclass.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the JSON API reports as problem details (see {@link Problems}), with optional
 * extra properties such as the names of the fields that were wrong.
 */
public class ApiProblem extends ErrorResponseException {

	public ApiProblem(HttpStatus status, String title, String detail) {
		this(status, Problems.code(status.value()), title, detail, Map.of());
	}

	public ApiProblem(HttpStatus status, String title, String detail, Map<String, ?> properties) {
		this(status, Problems.code(status.value()), title, detail, properties);
	}

	public ApiProblem(HttpStatusCode status, String code, String title, String detail, Map<String, ?> properties) {
		super(status, problem(status, code, title, detail, properties), null);
	}

	private static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail,
			Map<String, ?> properties) {
		ProblemDetail problem = Problems.of(status, code, title, detail);
		properties.forEach(problem::setProperty);
		return problem;
	}

	public static ApiProblem notFound(String what) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what);
	}

	/**
	 * A 400. A {@code field} property names the one wrong field; it then also comes in
	 * {@code errors}, where clients find the wrong fields of every problem.
	 */
	public static ApiProblem badRequest(String detail, Map<String, ?> properties) {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		if (properties.get("field") instanceof String field && !properties.containsKey("errors")) {
			all.put("errors", Map.of(field, detail));
			return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-fields", "Bad request", detail, all);
		}
		String code = properties.containsKey("errors") ? "invalid-fields" : "bad-request";
		return new ApiProblem(HttpStatus.BAD_REQUEST, code, "Bad request", detail, all);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail);
	}

}
