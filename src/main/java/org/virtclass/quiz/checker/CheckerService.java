package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.UnknownNames;

/**
 * The checker over the live knowledge base. The knowledge base hands out a new tool list
 * whenever it changes, so a checker is rebuilt exactly when an instructor's edit could
 * change an answer.
 */
@Service
class CheckerService {

	private final KnowledgeBase knowledgeBase;

	private final ClassificationEngine engine;

	private final MessageSource messages;

	private final UnknownNames unknownNames;

	private final Counter unknownCount;

	private volatile Built built;

	CheckerService(KnowledgeBase knowledgeBase, ClassificationEngine engine, MessageSource messages,
			UnknownNames unknownNames, ObjectProvider<MeterRegistry> registry) {
		this.knowledgeBase = knowledgeBase;
		this.engine = engine;
		this.messages = messages;
		this.unknownNames = unknownNames;
		MeterRegistry meters = registry.getIfAvailable();
		this.unknownCount = (meters != null) ? Counter.builder("virtclass.checker.unknown.names")
			.description("Options the question checker could not resolve to a tool")
			.register(meters) : null;
	}

	/** Checks a question and reports the options it could not resolve to instructors. */
	Check check(String question, List<String> options, Ask ask, Locale locale) {
		Check check = checker().check(question, options, ask, locale);
		for (OptionCheck o : check.options()) {
			if (!o.known() && AboveOption.of(o.text()) == null) {
				this.unknownNames.record(ToolMatcher.normalisedName(o.text()), question);
				if (this.unknownCount != null) {
					this.unknownCount.increment();
				}
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
			current = new Built(tools,
					new QuestionChecker(tools.stream().map(ToolEntry::document).toList(), this.engine));
			this.built = current;
		}
		return current.checker;
	}

	private record Built(List<ToolEntry> source, QuestionChecker checker) {
	}

}
