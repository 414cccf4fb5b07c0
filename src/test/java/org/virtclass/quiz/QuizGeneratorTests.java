package org.virtclass.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.virtclass.classification.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuizGeneratorTests {

	@Test
	void easyQuestionsPutEverydaySoftwareNextToTextbookHypervisors() {
		for (long seed = 0; seed < 40; seed++) {
			Question q = one(QuestionType.NOT_VM_TOOL, Difficulty.EASY, Locale.ENGLISH, seed);
			assertThat(category(q.answer().slug())).isEqualTo(Category.NOT_VIRTUALIZATION);
			q.options()
				.stream()
				.filter((o) -> o != q.answer())
				.forEach((o) -> assertThat(category(o.slug())).isEqualTo(Category.VM_TOOL));
		}
	}

	@Test
	void hardQuestionsUseNearMissesSuchAsSandboxedContainersAndWsl2() {
		Set<String> seen = new HashSet<>();
		for (long seed = 0; seed < 300; seed++) {
			for (QuestionType type : List.of(QuestionType.VM_TOOL, QuestionType.NOT_VM_TOOL,
					QuestionType.SHARES_HOST_KERNEL)) {
				Question q = one(type, Difficulty.HARD, Locale.ENGLISH, seed);
				q.options().forEach((o) -> seen.add(o.slug()));
				if (type == QuestionType.VM_TOOL) {
					q.options()
						.forEach((o) -> assertThat(category(o.slug())).isNotEqualTo(Category.NOT_VIRTUALIZATION));
				}
			}
		}
		assertThat(seen).contains("kata-containers", "gvisor", "wsl2", "docker-desktop", "android-emulator", "wsl1",
				"wine", "bochs");
	}

	@Test
	void aToolWhoseContestedFactsCouldMakeItAVmToolNeverAppearsInAVmQuestion() {
		// the Android Emulator is a VM tool unless it does not use hardware
		// virtualization, and then it is
		// an emulator: in a "which is (not) a VM tool" question either role would be
		// debatable
		for (long seed = 0; seed < 300; seed++) {
			for (Difficulty d : Difficulty.values()) {
				for (QuestionType type : List.of(QuestionType.VM_TOOL, QuestionType.NOT_VM_TOOL,
						QuestionType.TYPE_2_HYPERVISOR)) {
					assertThat(one(type, d, Locale.ENGLISH, seed).tools()).doesNotContain("android-emulator", "qemu");
				}
			}
		}
	}

	@Test
	void chineseQuestionsUseProductNamesThatDoNotGiveTheAnswerAway() {
		for (long seed = 0; seed < 60; seed++) {
			Question q = one(QuestionType.VM_TOOL, Difficulty.HARD, Locale.SIMPLIFIED_CHINESE, seed);
			assertThat(q.stem()).isEqualTo("以下软件中，属于虚拟机工具软件的是哪一个？");
			q.options().forEach((o) -> assertThat(o.text()).doesNotContain("虚拟机"));
			assertThat(q.explanation()).containsPattern("\\p{IsHan}");
		}
	}

	@Test
	void aMythOrFactQuestionAsksAboutAClaimAndExplainsWithItsCorrection() {
		Question q = one(QuestionType.MYTH_OR_FACT, Difficulty.HARD, Locale.ENGLISH, 3);
		assertThat(q.claim()).isNotNull();
		assertThat(q.options()).extracting(Question.Option::text)
			.containsExactly("Fact: the claim holds", "Myth: the claim is wrong",
					"Misleading: partly true, but wrong as stated");
		assertThat(q.explanation()).isEqualTo(q.answer().feedback());
	}

	@Test
	void aCriterionQuestionNamesTwoToolsAndOffersTheThreeCriteria() {
		Question q = one(QuestionType.CRITERION, Difficulty.EASY, Locale.ENGLISH, 11);
		assertThat(q.tools()).hasSize(2);
		assertThat(q.options()).extracting(Question.Option::text)
			.startsWith("Criterion 1: hardware abstraction level (hypervisor type)", "Criterion 2: isolation strength");
		assertThat(q.explanation()).contains("What separates them");
	}

	@Test
	void eachDistractorIsRuledOutByTheFactBehindItsOwnCategory() {
		Set<String> facts = new HashSet<>();
		for (long seed = 0; seed < 200; seed++) {
			for (QuestionType type : List.of(QuestionType.VM_TOOL, QuestionType.NOT_VM_TOOL,
					QuestionType.TYPE_1_HYPERVISOR, QuestionType.TYPE_2_HYPERVISOR, QuestionType.SHARES_HOST_KERNEL)) {
				Question q = one(type, Difficulty.HARD, Locale.ENGLISH, seed);
				for (Question.Option o : q.options()) {
					if (o == q.answer()) {
						continue;
					}
					assertThat(o.feedback()).as("seed %d, %s", seed, type)
						.startsWith(o.text() + " is ruled out by one fact: ")
						.doesNotContain("quiz.", "classification.");
					String fact = o.feedback().substring((o.text() + " is ruled out by one fact: ").length());
					facts.add(fact);
					Category category = category(o.slug());
					if (type == QuestionType.VM_TOOL && category == Category.CONTAINER) {
						assertThat(fact).contains("“Guests share the host kernel”: yes");
					}
					if (type == QuestionType.VM_TOOL && category == Category.EMULATOR) {
						assertThat(fact).contains("“Emulates another CPU”: yes");
					}
					if (type == QuestionType.TYPE_1_HYPERVISOR && category == Category.VM_TOOL) {
						assertThat(fact).containsAnyOf("“Runs on”", "“Manages other tools”: yes");
					}
				}
				// no two distractors of one question read the same once their names are
				// set aside
				assertThat(q.options().stream().filter((o) -> o != q.answer()).map(Question.Option::feedback))
					.doesNotHaveDuplicates();
			}
		}
		// the hard distractors are near misses of many kinds: their facts differ
		assertThat(facts).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void chineseDistractorFeedbackNamesTheFactInChinese() {
		for (long seed = 0; seed < 60; seed++) {
			Question q = one(QuestionType.VM_TOOL, Difficulty.HARD, Locale.SIMPLIFIED_CHINESE, seed);
			q.options()
				.stream()
				.filter((o) -> o != q.answer())
				.forEach((o) -> assertThat(o.feedback()).startsWith("排除 " + o.text() + " 的是这一条事实：")
					.containsPattern("“[^”]*\\p{IsHan}[^”]*”")
					.doesNotContain("quiz.", "classification."));
		}
	}

	@Test
	void differentSeedsGiveDifferentQuizzes() {
		QuizSpec spec = QuizSpec.of(QuestionType.generated(), 10, Locale.ENGLISH);
		assertThat(LongStream.range(0, 5).mapToObj((s) -> Fixtures.GENERATOR.generate(spec, s)).distinct()).hasSize(5);
	}

	@Nested
	class Refusals {

		@Test
		void aSpecNeedsTypesAndSensibleCounts() {
			assertThatIllegalArgumentException().isThrownBy(() -> QuizSpec.of(List.of(), 5, Locale.ENGLISH));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> QuizSpec.of(List.of(QuestionType.VM_TOOL), 0, Locale.ENGLISH));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new QuizSpec(List.of(QuestionType.VM_TOOL), 5, 6, Difficulty.EASY, Locale.ENGLISH));
		}

	}

	private static Question one(QuestionType type, Difficulty difficulty, Locale locale, long seed) {
		return Fixtures.GENERATOR.generate(new QuizSpec(List.of(type), 1, 4, difficulty, locale), seed).get(0);
	}

	private static Category category(String slug) {
		return Fixtures.ENGINE.classify(Fixtures.tool(slug).facts()).category();
	}

}
