package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;

/**
 * The checker's answer to one question, before it is put into words.
 *
 * @param ask what the question asks
 * @param askFromStem whether {@code ask} was read from the stem rather than given
 * @param locale the language of the explanation: the question's
 * @param answerIndex the index of the answer among the options, or null when no single
 * option is the answer
 * @param confidence between 0 and 1; lowered by contested facts, unknown options, answers
 * by elimination and options that fit only in part
 * @param options every option as given, with what the checker made of it
 * @param explanation why, most important first
 */
public record Check(Ask ask, boolean askFromStem, Locale locale, Integer answerIndex, double confidence,
		List<OptionCheck> options, List<Note> explanation) {

	public Check {
		options = List.copyOf(options);
		explanation = List.copyOf(explanation);
	}

	/** The answer option's text, or null. */
	public String answer() {
		return (this.answerIndex != null) ? this.options.get(this.answerIndex).text() : null;
	}

	/** "A", "B", ... for an option index. */
	public static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}

}
