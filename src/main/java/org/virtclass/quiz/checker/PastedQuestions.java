package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.virtclass.system.Languages;

/**
 * Reads a question a teacher pastes, with the same parser and checker as "Check a
 * question": stem and options (zh or en), what it asks, and the key the knowledge base
 * proposes with its reasons.
 */
@Service
public class PastedQuestions {

	/** Live sessions name options A to E. */
	public static final int MAX_OPTIONS = 5;

	private final CheckerService checker;

	PastedQuestions(CheckerService checker) {
		this.checker = checker;
	}

	/**
	 * Reads and checks a pasted question.
	 * @param question the stem, or the whole question with its options
	 * @param options the options one per line, or blank when they are in {@code question}
	 * @param ask what the question asks (an {@link Ask} name), or blank to read it from
	 * the stem
	 * @throws Refused with the form field and the message key of what is wrong
	 */
	public PastedQuestion read(String question, String options, String ask) {
		CheckForm form = new CheckForm();
		form.setQuestion(question);
		form.setOptions(options);
		if (question != null && question.length() > CheckRequest.MAX_QUESTION) {
			throw new Refused("question", "checker.error.question");
		}
		List<String> optionList = form.optionList();
		if (optionList.size() < QuestionChecker.MIN_OPTIONS || optionList.size() > MAX_OPTIONS) {
			throw new Refused("options", "quiz.own.error.options");
		}
		if (optionList.stream().anyMatch((o) -> o.length() > CheckRequest.MAX_OPTION)) {
			throw new Refused("options", "checker.error.optionLength");
		}
		if (optionList.stream().anyMatch((o) -> ToolMatcher.stripLetter(o).isBlank())) {
			throw new Refused("options", "quiz.own.error.emptyOption");
		}
		String stem = form.stem();
		if (stem.isBlank()) {
			throw new Refused("question", "quiz.own.error.stem");
		}
		Check check;
		try {
			check = this.checker.check(stem, optionList, parseAsk(ask), null);
		}
		catch (UnreadableQuestion ex) {
			throw new Refused("question", "checker.error.unreadable");
		}
		CheckAnswer answer = this.checker.answer(check);
		return new PastedQuestion(stem, check.locale(), Languages.isChinese(check.locale()) ? "zh-CN" : "en",
				check.ask(), check.answerIndex(), answer.confidencePercent(), answer.explanation(), answer.options());
	}

	/**
	 * Stems the checker reads, one per kind of question, for the form's "phrase it like
	 * one of these".
	 */
	public static List<String> examples() {
		return Understood.ALL.stream().flatMap((u) -> u.examples().stream().limit(2)).toList();
	}

	private static Ask parseAsk(String ask) {
		if (ask == null || ask.isBlank()) {
			return null;
		}
		try {
			return Ask.valueOf(ask.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A pasted question as the checker read it.
	 *
	 * @param stem the question without its options
	 * @param locale the question's language
	 * @param lang "en" or "zh-CN"
	 * @param ask what it asks
	 * @param proposedIndex the key the knowledge base proposes, or null when no single
	 * option fits
	 * @param confidencePercent how sure the checker is, 0 to 100
	 * @param explanation the checker's reasons for its proposal, in the question's
	 * language
	 * @param options every option without its letter, with the tool it names and why it
	 * fits or not
	 */
	public record PastedQuestion(String stem, Locale locale, String lang, Ask ask, Integer proposedIndex,
			int confidencePercent, String explanation, List<CheckAnswer.Option> options) {

		/**
		 * Whether a key the teacher chose goes against the knowledge base (or it proposes
		 * none).
		 */
		public boolean disagrees(int key) {
			return this.proposedIndex == null || this.proposedIndex != key;
		}

	}

	/** Input the checker cannot use: which form field, and the message that says why. */
	public static class Refused extends RuntimeException {

		private final String field;

		private final String messageKey;

		Refused(String field, String messageKey) {
			super(messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return this.field;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
