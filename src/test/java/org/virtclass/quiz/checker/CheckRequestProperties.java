package org.virtclass.quiz.checker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.virtclass.Seeded;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtclass.quiz.checker.KnowledgeBaseFiles.CHECKER;

/**
 * Bad input never reaches the checker: unknown keys and bad values are a 400, an
 * unreadable stem a 422.
 */
class CheckRequestProperties {

	private static final List<String> SUBJECTS = List.of("杀毒软件", "办公软件", "压缩软件", "操作系统", "浏览器", "antivirus program",
			"office suite", "web browser", "operating system", "compression tool");

	private static final List<String> FRAMES = List.of("下列属于%s的是", "以下哪一项不是%s？", "Which of the following is a %s?",
			"Which one is NOT a %s?", "%s");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	/** What the API's 400 names, for a body as Jackson binds it. */
	private static Map<String, String> errors(Map<String, Object> body) {
		return JSON.convertValue(body, CheckRequest.class).errors(VALIDATOR);
	}

	@Test
	void aValidBodyHasNoErrors() {
		Seeded.tries(200, (gen) -> {
			Ask ask = gen.pick(List.of(Ask.values()));
			Map<String, Object> body = Map.of("options", List.of("A. Xen", "B. Docker"), "ask", " " + ask.name(),
					"lang", gen.pick(List.of("en", "zh-CN", "ZH", "en-GB", "")));
			assertThat(errors(body)).isEmpty();
			assertThat(JSON.convertValue(body, CheckRequest.class).askOrNull()).isEqualTo(ask);
		});
	}

	@Test
	void theAsksTheConstraintAcceptsAreExactlyTheAskValues() {
		assertThat(CheckRequest.ASKS.split("\\|"))
			.containsExactlyInAnyOrder(java.util.Arrays.stream(Ask.values()).map(Ask::name).toArray(String[]::new));
	}

	@Test
	void anyUnknownKeyIsA400ThatNamesIt() {
		Seeded.tries(200, (gen) -> {
			String key = gen.such(() -> gen.alpha(1, 12), (k) -> !CheckRequest.KEYS.contains(k));
			Map<String, Object> body = new HashMap<>(Map.of("options", List.of("Xen", "Docker"), "ask", "VM_TOOL"));
			body.put(key, "x");
			assertThat(errors(body)).containsOnlyKeys(key);
		});
	}

	@Test
	void anyAskThatIsNotOneOfTheSixIsA400() {
		Seeded.tries(200, (gen) -> {
			String ask = gen.such(() -> gen.text(1, 30),
					(a) -> !a.isBlank() && List.of(Ask.values()).stream().noneMatch((v) -> v.name().equals(a.strip())));
			assertThat(errors(Map.of("options", List.of("Xen", "Docker"), "ask", ask))).containsOnlyKeys("ask");
		});
	}

	@Test
	void anOptionThatIsNoStringOrEmptyIsNamedByItsIndex() {
		Seeded.tries(200, (gen) -> {
			List<Object> options = new java.util.ArrayList<>(List.of("Xen", "Docker", "KVM"));
			int bad = gen.between(0, 2);
			options.set(bad, gen.pick(List.of(7, true, "  ", "C. ", "x".repeat(CheckRequest.MAX_OPTION + 1))));
			assertThat(errors(Map.of("options", options))).containsOnlyKeys("options[" + bad + "]");
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
