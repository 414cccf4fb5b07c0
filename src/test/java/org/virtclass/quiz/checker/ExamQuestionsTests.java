package org.virtclass.quiz.checker;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.MESSAGES;

/**
 * The project's set of real exam-style questions ({@code exam-questions.yaml}), run
 * through the checker: it prints the accuracy per question type and fails below 95 %
 * overall. A question counts as right only when the checker gives exactly the key (or,
 * for an item whose honest answer is "no single answer", gives none); an unreadable stem
 * counts as wrong.
 */
class ExamQuestionsTests {

	static final double REQUIRED = 0.95;

	record ExamQuestion(String id, String lang, String type, String source, String stem, List<String> options,
			Integer answer) {
	}

	static List<ExamQuestion> load() throws IOException {
		try (InputStream in = ExamQuestionsTests.class.getResourceAsStream("/exam-questions.yaml")) {
			Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			List<ExamQuestion> questions = new ArrayList<>();
			for (Object o : (List<?>) root.get("items")) {
				Map<?, ?> m = (Map<?, ?>) o;
				String key = String.valueOf(m.get("answer"));
				Integer answer = "none".equals(key) ? null : key.charAt(0) - 'A';
				List<String> options = ((List<?>) m.get("options")).stream().map(String::valueOf).toList();
				questions.add(new ExamQuestion((String) m.get("id"), (String) m.get("lang"), (String) m.get("type"),
						(String) m.get("source"), (String) m.get("stem"), options, answer));
			}
			return questions;
		}
	}

	@Test
	void theSetIsLargeBilingualSourcedAndWellFormed() throws IOException {
		List<ExamQuestion> questions = load();
		assertThat(questions).hasSizeGreaterThanOrEqualTo(120);
		long zh = questions.stream().filter((q) -> q.lang().equals("zh")).count();
		assertThat(zh).isBetween(questions.size() * 4L / 10, questions.size() * 6L / 10);
		assertThat(questions).allSatisfy((q) -> {
			assertThat(q.source()).as(q.id()).isNotBlank();
			assertThat(q.options()).as(q.id()).hasSizeBetween(2, 10);
			if (q.answer() != null) {
				assertThat(q.answer()).as(q.id()).isBetween(0, q.options().size() - 1);
			}
			assertThat(StemReader.isChinese(q.stem())).as(q.id()).isEqualTo(q.lang().equals("zh"));
		});
		assertThat(questions.stream().map(ExamQuestion::type).distinct()).contains("not-vm-tool", "is-vm-tool", "type1",
				"type2", "negated-type", "container-vs-vm", "emulator", "all-none", "vendor", "definition");
	}

	@Test
	void theCheckerAnswersAtLeastNinetyFivePercentRight() throws IOException {
		List<ExamQuestion> questions = load();
		Map<String, int[]> byType = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (ExamQuestion q : questions) {
			int[] counts = byType.computeIfAbsent(q.type(), (t) -> new int[2]);
			counts[1]++;
			String got;
			try {
				Check check = CHECKER.check(q.stem(), q.options(), null, null);
				if (java.util.Objects.equals(check.answerIndex(), q.answer())) {
					counts[0]++;
					continue;
				}
				got = (check.answerIndex() == null) ? "no single answer" : check.answer();
				got += " [" + check.ask() + "] " + CheckAnswer.of(check, MESSAGES).explanation();
			}
			catch (UnreadableQuestion ex) {
				got = "unreadable: " + ex.getMessage();
			}
			wrong.add(q.id() + " " + q.stem() + " -> " + got);
		}
		int right = byType.values().stream().mapToInt((c) -> c[0]).sum();
		System.out.println("Exam questions: " + right + " of " + questions.size() + " right ("
				+ percent(right, questions.size()) + ")");
		byType
			.forEach((type, c) -> System.out.printf("  %-16s %3d of %3d  %s%n", type, c[0], c[1], percent(c[0], c[1])));
		wrong.forEach((w) -> System.out.println("  wrong: " + w));
		assertThat((double) right / questions.size()).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(REQUIRED);
	}

	private static String percent(int part, int whole) {
		return String.format("%.1f %%", 100.0 * part / whole);
	}

}
