package org.virtclass.quiz.checker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.virtclass.Seeded;
import org.virtclass.system.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;

/** Bad input never reaches the checker: unknown keys and bad values are a 400, an unreadable stem a 422. */
class CheckRequestProperties {

	private static final List<String> SUBJECTS = List.of("杀毒软件", "办公软件", "压缩软件", "操作系统", "浏览器",
			"antivirus program", "office suite", "web browser", "operating system", "compression tool");

	private static final List<String> FRAMES = List.of("下列属于%s的是", "以下哪一项不是%s？", "Which of the following is a %s?",
			"Which one is NOT a %s?", "%s");

	@Test
	void anyUnknownKeyIsA400ThatNamesIt() {
		Seeded.tries(200, (gen) -> {
			String key = gen.such(() -> gen.alpha(1, 12), (k) -> !CheckRequest.KEYS.contains(k));
			Map<String, Object> body = new HashMap<>(Map.of("options", List.of("Xen", "Docker"), "ask", "VM_TOOL"));
			body.put(key, "x");
			ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> CheckRequest.read(body));
			assertThat(problem.getStatusCode().value()).isEqualTo(400);
			assertThat(problem.getBody().getProperties()).extractingByKey("errors")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKey(key);
		});
	}

	@Test
	void anyAskThatIsNotOneOfTheSixIsA400() {
		Seeded.tries(200, (gen) -> {
			String ask = gen.such(() -> gen.text(1, 30),
					(a) -> !a.isBlank() && List.of(Ask.values()).stream().noneMatch((v) -> v.name().equals(a.strip())));
			ApiProblem problem = catchThrowableOfType(ApiProblem.class,
					() -> CheckRequest.read(Map.of("options", List.of("Xen", "Docker"), "ask", ask)));
			assertThat(problem.getStatusCode().value()).isEqualTo(400);
			assertThat(problem.getBody().getDetail()).contains("ask");
		});
	}

	@Test
	void aStemThatNamesNoKindOfVirtualizationIsUnreadable() {
		Seeded.tries(200, (gen) -> {
			String stem = String.format(gen.pick(FRAMES), gen.pick(SUBJECTS));
			assertThatThrownBy(() -> CHECKER.check(stem, List.of("Xen", "Docker"), null, null))
				.isInstanceOf(UnreadableQuestion.class);
		});
	}

}
