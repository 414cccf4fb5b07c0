package org.virtclass.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last stop for any error no handler caught: the API gets problem details, a browser gets the
 * localized error page. Neither ever shows a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final String VIEW_ERROR = "error";

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String errorPage(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case BAD_REQUEST, METHOD_NOT_ALLOWED -> "error.badRequest";
			default -> "error.server";
		});
		return VIEW_ERROR;
	}

	@RequestMapping(path = { "/error", "/error/problem" })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		if (status == HttpStatus.NOT_FOUND) {
			problem.setDetail("No resource at this path.");
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer i) ? HttpStatus.resolve(i) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
