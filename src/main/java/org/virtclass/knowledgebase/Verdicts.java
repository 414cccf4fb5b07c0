package org.virtclass.knowledgebase;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.classification.Reason;
import org.virtclass.classification.Scores;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;

/**
 * The engine's verdict for tools and for facts anyone types in, in the shape the pages
 * and the JSON API show: every reason both as key and arguments and as a sentence in the
 * reader's language.
 */
@Service
public class Verdicts {

	private final ClassificationEngine engine;

	private final MessageSource messages;

	Verdicts(ClassificationEngine engine, MessageSource messages) {
		this.engine = engine;
		this.messages = messages;
	}

	public Verdict classify(ToolFacts facts) {
		return this.engine.classify(facts);
	}

	public View view(ToolFacts facts, Locale locale) {
		return view(classify(facts), locale);
	}

	public View view(Verdict v, Locale locale) {
		List<ReasonView> reasons = v.reasons()
			.stream()
			.map((r) -> new ReasonView(r.key(), r.args(), r.format(this.messages, locale)))
			.toList();
		return new View(v.category().name(), v.vmTool(), v.hypervisorType().name(), v.isolationLevel().name(),
				v.imageModel().name(), v.confidence(), v.scores(), reasons);
	}

	/**
	 * A reason as the API sends it: the key and arguments for clients, and the sentence
	 * for people.
	 */
	public record ReasonView(String key, List<Object> args, String text) {
	}

	/** A verdict as pages and the JSON API show it. Field names are part of the API. */
	public record View(String category, boolean vmTool, String hypervisorType, String isolationLevel, String imageModel,
			double confidence, Scores scores, List<ReasonView> reasons) {

		public int confidencePercent() {
			return (int) Math.round(this.confidence * 100);
		}

	}

	/** Renders a single reason, for pages that show engine output outside a verdict. */
	public String text(Reason reason, Locale locale) {
		return reason.format(this.messages, locale);
	}

}
