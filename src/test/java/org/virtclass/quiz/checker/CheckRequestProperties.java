package org.virtclass.quiz.checker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

import org.virtclass.system.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;

/** Bad input never reaches the checker: unknown keys and bad values are a 400, an unreadable stem a 422. */
class CheckRequestProperties {

	@Property(tries = 200)
	void anyUnknownKeyIsA400ThatNamesIt(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String key) {
		if (CheckRequest.KEYS.contains(key)) {
			return;
		}
		Map<String, Object> body = new HashMap<>(Map.of("options", List.of("Xen", "Docker"), "ask", "VM_TOOL"));
		body.put(key, "x");
		ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> CheckRequest.read(body));
		assertThat(problem.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.getBody().getProperties()).extractingByKey("errors").asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey(key);
	}

	@Property(tries = 200)
	void anyAskThatIsNotOneOfTheSixIsA400(@ForAll @StringLength(min = 1, max = 30) String ask) {
		if (List.of(Ask.values()).stream().anyMatch((a) -> a.name().equals(ask.strip())) || ask.isBlank()) {
			return;
		}
		ApiProblem problem = catchThrowableOfType(ApiProblem.class,
				() -> CheckRequest.read(Map.of("options", List.of("Xen", "Docker"), "ask", ask)));
		assertThat(problem.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.getBody().getDetail()).contains("ask");
	}

	@Property(tries = 200)
	void aStemThatNamesNoKindOfVirtualizationIsUnreadable(@ForAll("stems") String stem) {
		assertThatThrownBy(() -> CHECKER.check(stem, List.of("Xen", "Docker"), null, null))
			.isInstanceOf(UnreadableQuestion.class);
	}

	@Provide
	Arbitrary<String> stems() {
		Arbitrary<String> subject = Arbitraries.of("杀毒软件", "办公软件", "压缩软件", "操作系统", "浏览器", "antivirus program",
				"office suite", "web browser", "operating system", "compression tool");
		Arbitrary<String> frame = Arbitraries.of("下列属于%s的是", "以下哪一项不是%s？", "Which of the following is a %s?",
				"Which one is NOT a %s?", "%s");
		return frame.flatMap((f) -> subject.map((s) -> String.format(f, s)));
	}

}
