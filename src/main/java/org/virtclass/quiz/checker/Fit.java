package org.virtclass.quiz.checker;

/** How well one option answers the question. */
public enum Fit {

	/** The option is what the question asks for. */
	FULL,

	/**
	 * Some textbooks would count it, the engine does not: it answers only when nothing
	 * fits fully.
	 */
	PARTIAL,

	/** The option is not what the question asks for. */
	NONE

}
