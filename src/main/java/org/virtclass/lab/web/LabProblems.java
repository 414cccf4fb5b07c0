package org.virtclass.lab.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.virtclass.lab.LabRefused;
import org.virtclass.system.Problems;

/**
 * How the lab's API answers a refusal: the status of each reason, and the lab's own
 * problem codes.
 */
@RestControllerAdvice(assignableTypes = LabApiController.class)
@Order(0)
public class LabProblems {

	/** The HTTP status of each reason the lab refuses a request. */
	public static HttpStatus status(LabRefused.Reason reason) {
		return switch (reason) {
			case NOT_YOUR_RUN -> HttpStatus.FORBIDDEN;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case TOO_MANY_RUNS, TOO_MANY_RUNS_FROM_NETWORK, QUEUE_FULL, QUEUE_FULL_FOR_NETWORK ->
				HttpStatus.TOO_MANY_REQUESTS;
		};
	}

	@ExceptionHandler(LabRefused.class)
	ResponseEntity<ProblemDetail> refused(LabRefused ex) {
		HttpStatus status = status(ex.reason());
		ProblemDetail problem = Problems.of(status, ex.reason().code(), ex.reason().title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

}
