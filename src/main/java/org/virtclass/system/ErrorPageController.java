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
 * The last stop for any error no handler caught: the API gets problem details, a browser
 * gets the localized error page. Neither ever shows a stack trace.
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
		ProblemDetail problem = Problems.of(status, Problems.code(status.value()), status.getReasonPhrase(),
				detail(status));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Problems.complete(problem, (uri != null) ? uri.toString() : null);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No resource at this path.";
			case METHOD_NOT_ALLOWED -> "This path does not take this HTTP method.";
			case NOT_ACCEPTABLE -> "This path cannot answer in a format the request accepts.";
			case UNSUPPORTED_MEDIA_TYPE -> "This path does not take a body of this content type.";
			case UNAUTHORIZED -> "Send instructor credentials with HTTP Basic.";
			case FORBIDDEN -> "This operation is not allowed for this caller.";
			default -> status.is4xxClientError() ? "The request could not be handled as sent."
					: "Something went wrong on the server. It has been logged.";
		};
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
