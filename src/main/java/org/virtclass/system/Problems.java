package org.virtclass.system;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The app's one problem shape (RFC 9457): every problem has a {@code type} of
 * {@code /problems/<code>}, a page that explains the problem in a student's words, plus
 * {@code title}, {@code status}, {@code detail} and, where a request caused it,
 * {@code instance}. Field errors come as {@code errors: {field: message}}. Modules name
 * their own codes; a status alone gets the generic code below.
 */
public final class Problems {

	/** Where the pages that explain each problem live. */
	public static final String PATH = "/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PATH + code));
		problem.setTitle(title);
		return problem;
	}

	/** A 400 that names the wrong fields, each with what is wrong with it. */
	public static ProblemDetail invalid(Map<String, String> errors) {
		ProblemDetail problem = of(HttpStatusCode.valueOf(400), "invalid-fields", "Invalid fields",
				"Invalid fields: " + String.join(", ", errors.keySet()));
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The answer to an exception nobody expected, which is logged where it is caught:
	 * nothing internal reaches the client.
	 */
	public static ProblemDetail unexpected() {
		return of(HttpStatusCode.valueOf(500), "server-error", "Internal Server Error",
				"Something went wrong on the server. It has been logged.");
	}

	/** The code of a problem that only its status describes. */
	public static String code(int status) {
		return switch (status) {
			case 400 -> "bad-request";
			case 401 -> "authentication-required";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 414 -> "url-too-long";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable";
			case 429 -> "too-many-requests";
			case 431 -> "headers-too-large";
			case 503 -> "unavailable";
			default -> (status < 500) ? "bad-request" : "server-error";
		};
	}

	/** Gives a problem that lacks them a type by its status and the path it answers. */
	static ProblemDetail complete(ProblemDetail problem, String path) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(PATH + code(problem.getStatus())));
		}
		if (problem.getInstance() == null && path != null && !path.isEmpty()) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// A path that is no URI (the container refused the request line) names no
				// instance.
			}
		}
		return problem;
	}

}
