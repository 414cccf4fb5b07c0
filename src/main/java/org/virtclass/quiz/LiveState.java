package org.virtclass.quiz;

/** Where a live session stands. Names are part of the JSON API. */
public enum LiveState {

	/** Players join; no question is open yet. */
	LOBBY,
	/** A question is open for answers. */
	QUESTION,
	/**
	 * The time for the open question ran out: no more answers; the answer waits for the
	 * teacher.
	 */
	CLOSED,
	/** The current question's answer is shown; no more answers. */
	REVEALED,
	/** Over: results only. */
	FINISHED

}
