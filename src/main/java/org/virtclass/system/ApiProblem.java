package org.virtclass.system;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the JSON API reports as RFC 9457 problem details, with optional extra properties such as
 * the names of the fields that were wrong.
 */
public class ApiProblem extends ErrorResponseException {

	public ApiProblem(HttpStatus status, String title, String detail) {
		this(status, title, detail, Map.of());
	}

	public ApiProblem(HttpStatus status, String title, String detail, Map<String, ?> properties) {
		super(status, problem(status, title, detail, properties), null);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, ?> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		properties.forEach(problem::setProperty);
		return problem;
	}

	public static ApiProblem notFound(String what) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what);
	}

	public static ApiProblem badRequest(String detail, Map<String, ?> properties) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail, properties);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail);
	}

}
