package org.virtclass.quiz.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.system.Problems;

/**
 * How the quiz's API answers a refused live-session request: 404 for an unknown join
 * code, 401 without a token, 403 for a token of another session, 429 with
 * {@code Retry-After}, 409 when the session's state does not allow it, 400 for bad input.
 * The error's name stays in {@code error}, where clients read it.
 */
@RestControllerAdvice(assignableTypes = QuizApiController.class)
@Order(0)
class QuizProblems {

	private final AddressLimits limits;

	QuizProblems(AddressLimits limits) {
		this.limits = limits;
	}

	@ExceptionHandler(LiveSessionException.class)
	ResponseEntity<ProblemDetail> refused(LiveSessionException ex, HttpServletRequest request) {
		if (ex.error() == LiveSessionException.Error.UNKNOWN_CODE) {
			this.limits.missed(request.getRemoteAddr());
		}
		ProblemDetail problem = problem(ex);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
		if (ex.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter(ex));
		}
		return response.body(problem);
	}

	/** The problem for a refusal; {@link AnswerReplies} writes it without Spring MVC. */
	static ProblemDetail problem(LiveSessionException ex) {
		HttpStatus status = status(ex.error());
		ProblemDetail problem = Problems.of(status, ex.error().code(), status.getReasonPhrase(), ex.error().detail());
		problem.setProperty("error", ex.error().name());
		return problem;
	}

	/** The {@code Retry-After} seconds of a refusal that has a retry time. */
	static String retryAfter(LiveSessionException ex) {
		return Long.toString(Math.max(1, ex.retryAfter().toSeconds()));
	}

	static HttpStatus status(LiveSessionException.Error error) {
		return switch (error) {
			case UNKNOWN_CODE -> HttpStatus.NOT_FOUND;
			case NO_TOKEN -> HttpStatus.UNAUTHORIZED;
			case BAD_TOKEN -> HttpStatus.FORBIDDEN;
			case BAD_NICKNAME, NICKNAME_NO_LETTER, NICKNAME_HIDDEN_CHARACTERS, BAD_OPTION -> HttpStatus.BAD_REQUEST;
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
			case SESSION_FULL, NICKNAME_TAKEN, FINISHED, NOT_STARTED, WRONG_STATE, NOT_CURRENT, ALREADY_ANSWERED,
					TIME_UP ->
				HttpStatus.CONFLICT;
		};
	}

}
