package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.classification.Category;
import org.virtclass.classification.Comparison;
import org.virtclass.classification.Criterion;
import org.virtclass.classification.HypervisorType;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.ToolFacts;
import org.virtclass.classification.Verdict;
import org.virtclass.knowledgebase.ClaimDocument;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.Seeded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's invariants over random seeds, types, difficulties, option counts and
 * languages: exactly one option is right by the engine's own verdict (and stays the only
 * right one under every reading of a contested fact), options are distinct, everything
 * has feedback, and a seed fixes it all.
 */
@Execution(ExecutionMode.CONCURRENT)
class QuizGeneratorProperties {

	@Test
	void exactlyOneOptionIsRightByTheEnginesVerdict() {
		Seeded.tries(300, (gen) -> {
			QuestionType type = gen.pick(QuestionType.generated());
			Locale locale = gen.bool() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
			QuizSpec spec = new QuizSpec(List.of(type), 1, gen.between(3, 5), gen.pick(Difficulty.class), locale);
			Question q = Fixtures.GENERATOR.generate(spec, gen.anyLong()).get(0);
			assertThat(q.type()).isEqualTo(type);
			List<Integer> right = new ArrayList<>();
			for (int i = 0; i < q.options().size(); i++) {
				if (isRight(q, i, locale)) {
					right.add(i);
				}
			}
			assertThat(right).as("options judged right for %s", q).containsExactly(q.answerIndex());
		});
	}

	@Test
	void optionsAreDistinctAndEveryOneHasFeedback() {
		Seeded.tries(200, (gen) -> {
			QuestionType type = gen.pick(QuestionType.generated());
			int options = gen.between(3, 5);
			boolean chinese = gen.bool();
			Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
			QuizSpec spec = new QuizSpec(List.of(type), 3, options, gen.pick(Difficulty.class), locale);
			for (Question q : Fixtures.GENERATOR.generate(spec, gen.anyLong())) {
				Set<String> texts = new HashSet<>();
				q.options().forEach((o) -> texts.add(o.text()));
				assertThat(texts).hasSize(q.options().size());
				int expected = switch (type) {
					case MYTH_OR_FACT -> 3;
					case CRITERION -> Math.min(options, 4);
					default -> options;
				};
				assertThat(q.options()).hasSize(expected);
				assertThat(q.options()).allSatisfy((o) -> assertThat(o.feedback()).isNotBlank());
				assertThat(q.stem()).isNotBlank().doesNotContain("{0}");
				assertThat(q.explanation()).isNotBlank();
				assertThat(q.lang()).isEqualTo(chinese ? "zh-CN" : "en");
			}
		});
	}

	@Test
	void theSameSeedGivesTheSameQuestions() {
		Seeded.tries(50, (gen) -> {
			QuizSpec spec = new QuizSpec(QuestionType.generated(), gen.between(1, 20), 4, gen.pick(Difficulty.class),
					gen.bool() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
			long seed = gen.anyLong();
			assertThat(Fixtures.GENERATOR.generate(spec, seed)).isEqualTo(Fixtures.GENERATOR.generate(spec, seed));
		});
	}

	@Test
	void aQuizMixesTheChosenTypesEvenly() {
		Seeded.tries(50, (gen) -> {
			List<QuestionType> types = gen.distinct(QuestionType.generated(), 1, 8);
			List<Question> quiz = Fixtures.GENERATOR
				.generate(new QuizSpec(types, types.size() * 2, 4, Difficulty.EASY, Locale.ENGLISH), gen.anyLong());
			for (QuestionType type : types) {
				assertThat(quiz.stream().filter((q) -> q.type() == type)).hasSize(2);
			}
		});
	}

	/**
	 * Judges an option on its own, from the engine's verdicts, without looking at the
	 * key.
	 */
	private static boolean isRight(Question q, int index, Locale locale) {
		Question.Option option = q.options().get(index);
		return switch (q.type()) {
			case VM_TOOL -> always(option.slug(), (f, v) -> v.vmTool());
			case NOT_VM_TOOL -> always(option.slug(), (f, v) -> !v.vmTool());
			case TYPE_1_HYPERVISOR -> always(option.slug(), (f, v) -> v.hypervisorType() == HypervisorType.TYPE_1);
			case TYPE_2_HYPERVISOR -> always(option.slug(), (f, v) -> v.hypervisorType() == HypervisorType.TYPE_2);
			case SHARES_HOST_KERNEL -> always(option.slug(), (f, v) -> v.category() == Category.CONTAINER);
			case IMAGE_FORMAT -> (option.slug() != null) ? toolUsesStemFormat(q, option.slug(), locale)
					: formatFitsTool(q, option.text(), locale);
			case MYTH_OR_FACT -> {
				ClaimDocument claim = Fixtures.CLAIMS.stream()
					.filter((c) -> c.id().equals(q.claim()))
					.findFirst()
					.orElseThrow();
				yield option.text().equals(message("quiz.myth." + claim.verdict().name(), locale));
			}
			case CRITERION -> {
				Verdict a = verdict(Fixtures.tool(q.tools().get(0)).facts());
				Verdict b = verdict(Fixtures.tool(q.tools().get(1)).facts());
				Comparison comparison = Fixtures.ENGINE.compare(a, b);
				assertThat(comparison.differences().size()).isLessThanOrEqualTo(1);
				String right = comparison.differences().isEmpty() ? message("quiz.criterion.NONE", locale)
						: message("quiz.criterion." + comparison.differences().get(0).criterion().name(), locale);
				assertThat(Criterion.values()).isNotEmpty();
				yield option.text().equals(right);
			}
			case TEACHER -> throw new AssertionError("the generator wrote a teacher's question");
		};
	}

	/**
	 * True when the predicate holds for the tool as recorded; a contested tool must give
	 * the same answer under every other reading, or the generator should not have used
	 * it.
	 */
	private static boolean always(String slug, BiPredicate<ToolFacts, Verdict> predicate) {
		ToolDocument tool = Fixtures.tool(slug);
		boolean recorded = predicate.test(tool.facts(), verdict(tool.facts()));
		for (ToolFacts reading : Fixtures.ENGINE.otherReadings(tool.facts())) {
			assertThat(predicate.test(reading, verdict(reading)))
				.as("%s is contested in a way that changes its role", slug)
				.isEqualTo(recorded);
		}
		return recorded;
	}

	private static boolean toolUsesStemFormat(Question q, String slug, Locale locale) {
		ImageFormat format = null;
		for (ImageFormat f : ImageFormat.values()) {
			if (q.stem()
				.equals(message("quiz.stem.IMAGE_FORMAT.tool", locale,
						message("classification.imageFormat." + f.name(), locale)))) {
				format = f;
			}
		}
		assertThat(format).as("the format named in " + q.stem()).isNotNull();
		ImageFormat named = format;
		return always(slug, (f, v) -> f.hasFormat(named) && v.imageModel() == named.model());
	}

	private static boolean formatFitsTool(Question q, String text, Locale locale) {
		ToolDocument tool = Fixtures.tool(q.tools().get(0));
		for (ImageFormat f : ImageFormat.values()) {
			if (text.equals(message("classification.imageFormat." + f.name(), locale))) {
				return always(tool.slug(), (facts, v) -> facts.hasFormat(f) && v.imageModel() == f.model());
			}
		}
		throw new AssertionError("no format is called " + text);
	}

	private static Verdict verdict(ToolFacts facts) {
		return Fixtures.ENGINE.classify(facts);
	}

	private static String message(String key, Locale locale, Object... args) {
		return Fixtures.MESSAGES.getMessage(key, args, locale);
	}

}
