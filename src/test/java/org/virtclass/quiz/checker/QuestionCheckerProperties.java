package org.virtclass.quiz.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.virtclass.knowledgebase.ToolDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.TOOLS;

/** The checker's invariants, over the exam items and over questions generated from the knowledge base. */
class QuestionCheckerProperties {

	@Property(tries = 300)
	void theAnswerOfAnExamItemDoesNotDependOnTheOrderOfTheOptions(@ForAll("examItems") ExamItems.Item item,
			@ForAll long seed) {
		Check original = CHECKER.check(item.stem(), item.options(), null, null);
		List<String> shuffled = new ArrayList<>(item.options());
		Collections.shuffle(shuffled, new Random(seed));
		Check reordered = CHECKER.check(item.stem(), shuffled, null, null);
		assertThat(reordered.answer()).isEqualTo(original.answer());
		assertThat(reordered.confidence()).isEqualTo(original.confidence());
	}

	@Property(tries = 500)
	void theAnswerToAnyGeneratedQuestionDoesNotDependOnTheOrderOfTheOptions(@ForAll("tools") List<ToolDocument> tools,
			@ForAll Ask ask, @ForAll long seed) {
		List<String> options = tools.stream().map(ToolDocument::name).toList();
		Check original = CHECKER.check(null, options, ask, null);
		List<String> shuffled = new ArrayList<>(options);
		Collections.shuffle(shuffled, new Random(seed));
		Check reordered = CHECKER.check(null, shuffled, ask, null);
		assertThat(reordered.answer()).isEqualTo(original.answer());
		assertThat(reordered.confidence()).isEqualTo(original.confidence());
	}

	@Property(tries = 500)
	void namingAToolByAnAliasChangesNeitherItsVerdictNorTheAnswer(@ForAll("tools") List<ToolDocument> tools,
			@ForAll Ask ask, @ForAll long seed) {
		Random random = new Random(seed);
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
	}

	@Property(tries = 300)
	void confidenceStaysWithinZeroAndOneAndEveryOptionHasAReason(@ForAll("tools") List<ToolDocument> tools,
			@ForAll Ask ask) {
		Check check = CHECKER.check(null, tools.stream().map(ToolDocument::nameZh).toList(), ask, null);
		assertThat(check.confidence()).isBetween(0.0, 1.0);
		assertThat(check.answerIndex() == null).isEqualTo(check.confidence() == 0.0);
		assertThat(check.options()).allSatisfy((o) -> assertThat(o.reasons()).isNotEmpty());
		assertThat(check.explanation()).isNotEmpty();
	}

	@Provide
	Arbitrary<ExamItems.Item> examItems() {
		return Arbitraries.of(ExamItems.ALL);
	}

	@Provide
	Arbitrary<List<ToolDocument>> tools() {
		return Arbitraries.of(TOOLS).list().ofMinSize(2).ofMaxSize(6).uniqueElements();
	}

	private static String anyName(ToolDocument tool, Random random) {
		List<String> names = new ArrayList<>();
		names.add(tool.name());
		names.add(tool.nameZh());
		names.addAll(tool.aliases());
		return names.get(random.nextInt(names.size()));
	}

}
