package org.virtclass.quiz;

import java.time.Duration;

/**
 * Why a live-session request was refused. It names an error, not an HTTP status: the
 * quiz's web layer decides how to answer each one (the API with problem details of type
 * {@code /problems/<code>} and the error's name in an {@code error} property; pages with
 * the message {@code quiz.live.error.<name>}).
 */
public class LiveSessionException extends RuntimeException {

	public enum Error {

		/** No session has this join code. */
		UNKNOWN_CODE("There is no session with this join code."),
		/** The request carries no player token. */
		NO_TOKEN("Send the player token from the join response in the X-Player-Token header."),
		/** The token belongs to no player of this session. */
		BAD_TOKEN("This player token does not belong to this session."),
		/** The nickname is blank or too long. */
		BAD_NICKNAME("A nickname has 1 to 24 characters."),
		/** The nickname has no letter or digit (only symbols, emoji or spaces). */
		NICKNAME_NO_LETTER("A nickname needs at least one letter or digit."),
		/** The nickname holds invisible characters or ones that reorder the text. */
		NICKNAME_HIDDEN_CHARACTERS("A nickname cannot contain invisible, control or text-direction characters."),
		/** The session has as many players as it takes. */
		SESSION_FULL("This session is full."),
		/**
		 * Too many joins or unknown codes from this address; the response says when to
		 * retry.
		 */
		TOO_MANY_REQUESTS("Too many attempts from this network. Wait a moment."),
		/** Somebody in this session already has the nickname. */
		NICKNAME_TAKEN("This nickname is already taken in this session."),
		/** The session is over. */
		FINISHED("This session has finished."),
		/** No question is open yet. */
		NOT_STARTED("The session has not started yet."),
		/**
		 * The operation does not fit the session's state (start twice, reveal in the
		 * lobby).
		 */
		WRONG_STATE("The session is not in a state that allows this."),
		/** The answer names a question that is not the one open for answers. */
		NOT_CURRENT("This question is not open for answers."),
		/** This player already answered this question. */
		ALREADY_ANSWERED("This player has already answered this question."),
		/** The time for this question ran out. */
		TIME_UP("The time for this question is up."),
		/** The option id names no option of the question. */
		BAD_OPTION("This question has no option with this id.");

		private final String detail;

		Error(String detail) {
			this.detail = detail;
		}

		/** The problem code: {@code live-} and the name in lower case with hyphens. */
		public String code() {
			return "live-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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

	/**
	 * How long to wait before trying again, for {@link Error#TOO_MANY_REQUESTS}; null
	 * otherwise.
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
