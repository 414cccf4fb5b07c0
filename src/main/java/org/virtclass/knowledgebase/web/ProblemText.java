package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.virtclass.knowledgebase.KbProblem;

/**
 * A knowledge-base problem in the reader's language; templates call it as
 * {@code @problemText}.
 */
@Component("problemText")
class ProblemText {

	private final MessageSource messages;

	ProblemText(MessageSource messages) {
		this.messages = messages;
	}

	public String text(KbProblem problem, Locale locale) {
		if (problem.code().isEmpty()) {
			return problem.message();
		}
		return this.messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.message(), locale);
	}

	String join(List<KbProblem> problems, Locale locale) {
		return String.join("; ",
				problems.stream().map((p) -> (p.key().isEmpty() ? "" : p.key() + ": ") + text(p, locale)).toList());
	}

}
