package org.virtclass.quiz.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.virtclass.Seeded;
import org.virtclass.Seeded.Gen;
import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.TOOLS;

/**
 * The checker's invariants, over the exam items and over questions generated from the
 * knowledge base.
 */
@Execution(ExecutionMode.CONCURRENT)
class QuestionCheckerProperties {

	@Test
	void theAnswerOfAnExamItemDoesNotDependOnTheOrderOfTheOptions() {
		Seeded.tries(300, (gen) -> {
			ExamItems.Item item = gen.pick(ExamItems.ALL);
			Check original = CHECKER.check(item.stem(), item.options(), null, null);
			List<String> shuffled = new ArrayList<>(item.options());
			Collections.shuffle(shuffled, gen.random());
			Check reordered = CHECKER.check(item.stem(), shuffled, null, null);
			assertThat(reordered.answer()).isEqualTo(original.answer());
			assertThat(reordered.confidence()).isEqualTo(original.confidence());
		});
	}

	@Test
	void theAnswerToAnyGeneratedQuestionDoesNotDependOnTheOrderOfTheOptions() {
		Seeded.tries(500, (gen) -> {
			List<String> options = tools(gen).stream().map(ToolDocument::name).toList();
			Ask ask = gen.pick(Ask.class);
			Check original = CHECKER.check(null, options, ask, null);
			List<String> shuffled = new ArrayList<>(options);
			Collections.shuffle(shuffled, gen.random());
			Check reordered = CHECKER.check(null, shuffled, ask, null);
			assertThat(reordered.answer()).isEqualTo(original.answer());
			assertThat(reordered.confidence()).isEqualTo(original.confidence());
		});
	}

	@Test
	void namingAToolByAnAliasChangesNeitherItsVerdictNorTheAnswer() {
		Seeded.tries(500, (gen) -> {
			List<ToolDocument> tools = tools(gen);
			Ask ask = gen.pick(Ask.class);
			Random random = gen.random();
			List<String> byName = tools.stream().map(ToolDocument::name).toList();
			List<String> byAlias = tools.stream().map((t) -> anyName(t, random)).toList();
			Check named = CHECKER.check(null, byName, ask, null);
			Check aliased = CHECKER.check(null, byAlias, ask, null);
			assertThat(aliased.answerIndex()).isEqualTo(named.answerIndex());
			assertThat(aliased.confidence()).isEqualTo(named.confidence());
			for (int i = 0; i < tools.size(); i++) {
				OptionCheck a = aliased.options().get(i);
				assertThat(a.tool()).as(byAlias.get(i)).isEqualTo(tools.get(i));
				assertThat(a.verdict()).isEqualTo(named.options().get(i).verdict());
			}
		});
	}

	@Test
	void confidenceStaysWithinZeroAndOneAndEveryOptionHasAReason() {
		Seeded.tries(300, (gen) -> {
			List<ToolDocument> tools = tools(gen);
			Check check = CHECKER.check(null, tools.stream().map(ToolDocument::nameZh).toList(), gen.pick(Ask.class),
					null);
			assertThat(check.confidence()).isBetween(0.0, 1.0);
			assertThat(check.answerIndex() == null).isEqualTo(check.confidence() == 0.0);
			assertThat(check.options()).allSatisfy((o) -> assertThat(o.reasons()).isNotEmpty());
			assertThat(check.explanation()).isNotEmpty();
		});
	}

	/** Two to six distinct tools of the knowledge base. */
	private static List<ToolDocument> tools(Gen gen) {
		return gen.distinct(TOOLS, 2, 6);
	}

	private static String anyName(ToolDocument tool, Random random) {
		List<String> names = new ArrayList<>();
		names.add(tool.name());
		names.add(tool.nameZh());
		names.addAll(tool.aliases());
		return names.get(random.nextInt(names.size()));
	}

}
