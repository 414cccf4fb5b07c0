package org.virtclass.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;

/**
 * Writes problem details straight to a response, for the places that answer before Spring
 * MVC and its message converters run: filters, the security chain and the container's
 * error valve, and the quiz's answers, which are answered from the thread that committed
 * them. It serialises with the app's own mapper, so the JSON is the one a controller
 * would have written.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	public ProblemWriter(JsonMapper json) {
		this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(problem, request.getRequestURI()));
	}

	String json(ProblemDetail problem, String path) {
		return this.json.writeValueAsString(Problems.complete(problem, path));
	}

}
