package org.virtclass.quiz;

import java.util.List;
import java.util.Locale;

import org.virtclass.system.Languages;

/**
 * What to generate.
 *
 * @param types the question types to mix, in no particular order
 * @param count how many questions (1 to {@link #MAX_COUNT})
 * @param optionCount options per question, {@link QuizSettings#MIN_OPTIONS} to
 * {@link QuizSettings#MAX_OPTIONS} (myth-or-fact and criterion questions have fixed
 * option sets and use at most three and four)
 * @param difficulty how distractors are picked
 * @param locale the language of the texts
 */
public record QuizSpec(List<QuestionType> types, int count, int optionCount, Difficulty difficulty, Locale locale) {

	public static final int MAX_COUNT = 50;

	public static final int DEFAULT_OPTIONS = 4;

	public QuizSpec {
		types = List.copyOf(types);
		if (types.isEmpty()) {
			throw new IllegalArgumentException("at least one question type");
		}
		if (types.contains(QuestionType.TEACHER)) {
			throw new IllegalArgumentException("teachers' questions are saved, not generated");
		}
		if (count < 1 || count > MAX_COUNT) {
			throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT);
		}
		if (optionCount < QuizSettings.MIN_OPTIONS || optionCount > QuizSettings.MAX_OPTIONS) {
			throw new IllegalArgumentException(
					"optionCount must be between " + QuizSettings.MIN_OPTIONS + " and " + QuizSettings.MAX_OPTIONS);
		}
		difficulty = (difficulty != null) ? difficulty : Difficulty.EASY;
		locale = Languages.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public static QuizSpec of(List<QuestionType> types, int count, Locale locale) {
		return new QuizSpec(types, count, DEFAULT_OPTIONS, Difficulty.EASY, locale);
	}

	/** "en" or "zh-CN". */
	public String lang() {
		return Languages.isChinese(this.locale) ? "zh-CN" : "en";
	}

}
