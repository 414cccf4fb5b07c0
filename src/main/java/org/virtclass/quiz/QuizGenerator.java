package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.virtclass.classification.ClassificationEngine;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.ToolEntry;

/**
 * Writes quizzes from the knowledge base. The key of every question is decided by the
 * classification engine's verdict, never by the curated labels, and a tool only plays a
 * role (key or distractor) when that role holds under every reading of its contested
 * facts. A seed fixes everything: the same seed, spec and knowledge base give the same
 * questions, options and order.
 */
@Service
public class QuizGenerator {

	private final Supplier<List<ToolDocument>> tools;

	private final Supplier<List<ClaimDocument>> claims;

	private final ClassificationEngine engine;

	private final MessageSource messages;

	private volatile Cached cached;

	@Autowired
	public QuizGenerator(KnowledgeBase knowledgeBase, ClassificationEngine engine, MessageSource messages) {
		this(documents(knowledgeBase), knowledgeBase::claims, engine, messages);
	}

	/** For tests and tools that read the knowledge-base files directly. */
	public QuizGenerator(Supplier<List<ToolDocument>> tools, Supplier<List<ClaimDocument>> claims,
			ClassificationEngine engine, MessageSource messages) {
		this.tools = tools;
		this.claims = claims;
		this.engine = engine;
		this.messages = messages;
	}

	/** The questions for a spec and seed. */
	public List<Question> generate(QuizSpec spec, long seed) {
		Pool pool = pool();
		Random random = new Random(seed);
		List<QuestionType> plan = new ArrayList<>();
		for (int i = 0; i < spec.count(); i++) {
			plan.add(spec.types().get(i % spec.types().size()));
		}
		Collections.shuffle(plan, random);
		Writer writer = new Writer(pool, new Texts(this.messages, spec.locale()), spec, random);
		Set<String> used = new HashSet<>();
		List<Question> questions = new ArrayList<>();
		for (QuestionType type : plan) {
			Optional<Question> question = writer.write(type, used);
			if (question.isEmpty()) {
				// every subject of this type was used already: allow repeats rather than
				// fail
				used.clear();
				question = writer.write(type, used);
			}
			questions.add(question.orElseThrow(() -> new IllegalStateException(
					"The knowledge base has too few tools for a " + type + " question")));
		}
		return questions;
	}

	/** One question of a type, for previews. */
	public Question generateOne(QuestionType type, Difficulty difficulty, java.util.Locale locale, long seed) {
		return generate(new QuizSpec(List.of(type), 1, QuizSpec.DEFAULT_OPTIONS, difficulty, locale), seed).get(0);
	}

	private Pool pool() {
		List<ToolDocument> documents = this.tools.get();
		List<ClaimDocument> claimDocuments = this.claims.get();
		Cached current = this.cached;
		if (current == null || current.tools != documents || current.claims != claimDocuments) {
			current = new Cached(documents, claimDocuments, Pool.of(documents, claimDocuments, this.engine));
			this.cached = current;
		}
		return current.pool;
	}

	/**
	 * The documents of the current snapshot, the same list object until the snapshot
	 * changes.
	 */
	private static Supplier<List<ToolDocument>> documents(KnowledgeBase knowledgeBase) {
		return new Supplier<>() {

			private List<ToolEntry> from;

			private List<ToolDocument> documents;

			@Override
			public synchronized List<ToolDocument> get() {
				List<ToolEntry> now = knowledgeBase.tools();
				if (now != this.from) {
					this.documents = now.stream().map(ToolEntry::document).toList();
					this.from = now;
				}
				return this.documents;
			}

		};
	}

	private record Cached(List<ToolDocument> tools, List<ClaimDocument> claims, Pool pool) {
	}

}
