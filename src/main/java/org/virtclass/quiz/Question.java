package org.virtclass.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One generated multiple-choice question with exactly one correct option.
 *
 * @param type the kind of question
 * @param difficulty how its distractors were picked
 * @param lang "en" or "zh-CN": the language of every text in it
 * @param stem the question
 * @param options the options in the order shown
 * @param answerIndex the index of the correct option
 * @param explanation why the key is right, built from the engine's reasons
 * @param tools slugs of the knowledge-base tools behind the question (options and
 * subjects)
 * @param claim the id of the claim behind a myth-or-fact question, or null
 */
public record Question(QuestionType type, Difficulty difficulty, String lang, String stem, List<Option> options,
		int answerIndex, String explanation, List<String> tools, String claim) {

	/** Letters that name the options in live sessions, exports and the CSV. */
	public static final String LETTERS = "ABCDE";

	public Question {
		Objects.requireNonNull(type, "type");
		options = List.copyOf(options);
		tools = (tools != null) ? List.copyOf(tools) : List.of();
		if (answerIndex < 0 || answerIndex >= options.size()) {
			throw new IllegalArgumentException("answerIndex out of range: " + answerIndex);
		}
	}

	public Option answer() {
		return this.options.get(this.answerIndex);
	}

	public static String letter(int index) {
		return String.valueOf(LETTERS.charAt(index));
	}

	/**
	 * The index of an option letter, or -1 when the letter names no option of this
	 * question.
	 */
	public int indexOf(String letter) {
		if (letter == null || letter.length() != 1) {
			return -1;
		}
		int index = LETTERS.indexOf(Character.toUpperCase(letter.charAt(0)));
		return (index < this.options.size()) ? index : -1;
	}

	/**
	 * One option.
	 *
	 * @param text what the student reads
	 * @param slug the tool it names, or null for a format, criterion or verdict
	 * @param feedback why this option is right or wrong
	 */
	public record Option(String text, String slug, String feedback) {
	}

}
