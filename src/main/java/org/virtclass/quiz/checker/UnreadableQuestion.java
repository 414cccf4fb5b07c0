package org.virtclass.quiz.checker;

/**
 * The stem does not ask anything the checker can answer, and no {@code ask} was given.
 */
public class UnreadableQuestion extends RuntimeException {

	public UnreadableQuestion(String message) {
		super(message);
	}

}
