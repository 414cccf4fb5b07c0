package org.virtclass.system;

import java.util.Map;
import java.util.TreeMap;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure inside a JSON API controller into RFC 9457 problem details.
 * Unexpected exceptions are logged with their stack trace and answered with a plain 500:
 * nothing internal reaches the client. It comes last: each module maps its own exceptions
 * in an advice of its own, and this one catches what they leave.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem ex) {
		return ResponseEntity.status(ex.getStatusCode()).body(ex.getBody());
	}

	/**
	 * A query string with a broken %-escape ({@code q=%ZZ}) is the client's mistake: a
	 * 400, and no stack trace in the log.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> badParameter(InvalidParameterException ex) {
		log.debug("Unreadable request parameter: {}", ex.getMessage());
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
					"A request parameter is not correctly %-encoded."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the JSON API", ex);
		return ResponseEntity.internalServerError().body(Problems.unexpected());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new TreeMap<>();
		ex.getBindingResult().getFieldErrors().forEach((e) -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	/**
	 * A body that is no JSON, or JSON of the wrong shape: the client's mistake, with a
	 * code of its own.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleHttpMessageNotReadable(ex, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setType(java.net.URI.create(Problems.PATH + "unreadable-body"));
		}
		return response;
	}

}
