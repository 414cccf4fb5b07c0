package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.UnknownNames;

/**
 * The checker over the live knowledge base. The knowledge base hands out a new tool list whenever
 * it changes, so a checker is rebuilt exactly when an instructor's edit could change an answer.
 */
@Service
class CheckerService {

	private final KnowledgeBase knowledgeBase;

	private final ClassificationEngine engine;

	private final MessageSource messages;

	private final UnknownNames unknownNames;

	private volatile Built built;

	CheckerService(KnowledgeBase knowledgeBase, ClassificationEngine engine, MessageSource messages,
			UnknownNames unknownNames) {
		this.knowledgeBase = knowledgeBase;
		this.engine = engine;
		this.messages = messages;
		this.unknownNames = unknownNames;
	}

	/** Checks a question and reports the options it could not resolve to instructors. */
	Check check(String question, List<String> options, Ask ask, Locale locale) {
		Check check = checker().check(question, options, ask, locale);
		for (OptionCheck o : check.options()) {
			if (!o.known() && AboveOption.of(o.text()) == null) {
				this.unknownNames.record(ToolMatcher.normalisedName(o.text()), question);
			}
		}
		return check;
	}

	CheckAnswer answer(Check check) {
		return CheckAnswer.of(check, this.messages);
	}

	private QuestionChecker checker() {
		List<ToolEntry> tools = this.knowledgeBase.tools();
		Built current = this.built;
		if (current == null || current.source != tools) {
			current = new Built(tools, new QuestionChecker(tools.stream().map(ToolEntry::document).toList(), this.engine));
			this.built = current;
		}
		return current.checker;
	}

	private record Built(List<ToolEntry> source, QuestionChecker checker) {
	}

}
