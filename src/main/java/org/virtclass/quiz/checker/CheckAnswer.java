package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * A check in words, as {@code POST /api/quiz/check} returns it and the page shows it.
 * Field names are part of the JSON API.
 *
 * @param ask what the question asks
 * @param answerIndex the answer's index among the options (from 0), or null when no
 * single option is the answer
 * @param answer the answer option's text, or null
 * @param confidence between 0 and 1
 * @param explanation why, in the question's language
 * @param options every option in the order given
 */
public record CheckAnswer(Ask ask, Integer answerIndex, String answer, double confidence, String explanation,
		List<Option> options) {

	/**
	 * @param text the option without its letter
	 * @param slug the tool it names, or null
	 * @param category the engine's category for that tool, or null
	 * @param vmTool whether the engine counts that tool as a VM tool, or null
	 * @param reason why it does or does not fit
	 */
	public record Option(String text, String slug, String category, Boolean vmTool, String reason) {
	}

	/**
	 * Puts a check into words with the {@code checker} and {@code classification}
	 * bundles.
	 */
	public static CheckAnswer of(Check check, MessageSource messages) {
		Locale locale = check.locale();
		String gap = "zh".equals(locale.getLanguage()) ? "" : " ";
		List<Option> options = check.options()
			.stream()
			.map((o) -> new Option(o.text(), o.known() ? o.tool().slug() : null,
					o.known() ? o.verdict().category().name() : null, o.known() ? o.verdict().vmTool() : null,
					join(o.reasons(), messages, locale, gap)))
			.toList();
		return new CheckAnswer(check.ask(), check.answerIndex(), check.answer(), check.confidence(),
				join(check.explanation(), messages, locale, gap), options);
	}

	private static String join(List<Note> notes, MessageSource messages, Locale locale, String gap) {
		return notes.stream().map((n) -> n.format(messages, locale)).collect(Collectors.joining(gap));
	}

	public int confidencePercent() {
		return (int) Math.round(this.confidence * 100);
	}

}
