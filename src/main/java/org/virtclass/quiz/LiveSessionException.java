package org.virtclass.quiz;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * Why a live-session request was refused. The API turns it into problem details with the status
 * below and the error's name in an {@code error} property; pages show the message
 * {@code quiz.live.error.<name>}.
 */
public class LiveSessionException extends RuntimeException {

	public enum Error {

		/** No session has this join code. */
		UNKNOWN_CODE(HttpStatus.NOT_FOUND, "There is no session with this join code."),
		/** The request carries no player token. */
		NO_TOKEN(HttpStatus.UNAUTHORIZED, "Send the player token from the join response in the X-Player-Token header."),
		/** The token belongs to no player of this session. */
		BAD_TOKEN(HttpStatus.FORBIDDEN, "This player token does not belong to this session."),
		/** The nickname is blank or too long. */
		BAD_NICKNAME(HttpStatus.BAD_REQUEST, "A nickname has 1 to 24 characters."),
		/** The nickname has no letter or digit (only symbols, emoji or spaces). */
		NICKNAME_NO_LETTER(HttpStatus.BAD_REQUEST, "A nickname needs at least one letter or digit."),
		/** The nickname holds invisible characters or ones that reorder the text. */
		NICKNAME_HIDDEN_CHARACTERS(HttpStatus.BAD_REQUEST,
				"A nickname cannot contain invisible, control or text-direction characters."),
		/** The session has as many players as it takes. */
		SESSION_FULL(HttpStatus.CONFLICT, "This session is full."),
		/** Too many joins or unknown codes from this address; the response says when to retry. */
		TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts from this network. Wait a moment."),
		/** Somebody in this session already has the nickname. */
		NICKNAME_TAKEN(HttpStatus.CONFLICT, "This nickname is already taken in this session."),
		/** The session is over. */
		FINISHED(HttpStatus.CONFLICT, "This session has finished."),
		/** No question is open yet. */
		NOT_STARTED(HttpStatus.CONFLICT, "The session has not started yet."),
		/** The operation does not fit the session's state (start twice, reveal in the lobby). */
		WRONG_STATE(HttpStatus.CONFLICT, "The session is not in a state that allows this."),
		/** The answer names a question that is not the one open for answers. */
		NOT_CURRENT(HttpStatus.CONFLICT, "This question is not open for answers."),
		/** This player already answered this question. */
		ALREADY_ANSWERED(HttpStatus.CONFLICT, "This player has already answered this question."),
		/** The time for this question ran out. */
		TIME_UP(HttpStatus.CONFLICT, "The time for this question is up."),
		/** The option id names no option of the question. */
		BAD_OPTION(HttpStatus.BAD_REQUEST, "This question has no option with this id.");

		private final HttpStatus status;

		private final String detail;

		Error(HttpStatus status, String detail) {
			this.status = status;
			this.detail = detail;
		}

		public HttpStatus status() {
			return this.status;
		}

		public String detail() {
			return this.detail;
		}

		public String messageKey() {
			return "quiz.live.error." + name();
		}

	}

	private final Error error;

	private final Duration retryAfter;

	public LiveSessionException(Error error) {
		this(error, null);
	}

	public LiveSessionException(Error error, Duration retryAfter) {
		super(error.detail());
		this.error = error;
		this.retryAfter = retryAfter;
	}

	public Error error() {
		return this.error;
	}

	/** How long to wait before trying again, for {@link Error#TOO_MANY_REQUESTS}; null otherwise. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
