package org.virtclass.knowledgebase.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.virtclass.Seeded;
import org.virtclass.Seeded.Gen;
import org.virtclass.classification.ToolFacts;
import org.virtclass.system.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Whatever is wrong with posted facts, the answer is a 400 that names the key; the engine
 * never sees them.
 */
class ClassifyApiProperties {

	/**
	 * No verdicts: a valid body would fail, so each property proves that the request
	 * stopped at validation.
	 */
	private final ClassifyApiController controller = new ClassifyApiController(null);

	@Test
	void anyUnknownKeyIsA400ThatNamesIt() {
		Seeded.tries(200, (gen) -> {
			String key = gen.such(() -> gen.alpha(1, 20), (k) -> !ToolFacts.NAMES.contains(k));
			Map<String, Object> body = valid();
			body.put(key, true);
			assertNamed(body, key);
		});
	}

	@Test
	void anyValueOfTheWrongKindIsA400ThatNamesItsKey() {
		Seeded.tries(200, (gen) -> {
			String fact = gen.pick(ToolFacts.NAMES);
			Map<String, Object> body = valid();
			body.put(fact, badValue(gen));
			assertNamed(body, fact);
		});
	}

	/**
	 * A made-up word, a number, an object or a list of numbers: never a valid value of
	 * any fact.
	 */
	private static Object badValue(Gen gen) {
		return switch (gen.between(0, 3)) {
			case 0 -> "x" + gen.alpha(1, 8);
			case 1 -> gen.between(Integer.MIN_VALUE, Integer.MAX_VALUE - 1);
			case 2 -> Map.of("a", 1);
			default -> List.of(42);
		};
	}

	private void assertNamed(Map<String, Object> body, String key) {
		ApiProblem problem = catchThrowableOfType(ApiProblem.class,
				() -> this.controller.classify(body, null, Locale.ENGLISH));
		assertThat(problem).as(body.toString()).isNotNull();
		assertThat(problem.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.getBody().getProperties()).extractingByKey("errors")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.satisfies((errors) -> assertThat(errors.keySet().toString()).contains(key));
	}

	private static Map<String, Object> valid() {
		return new HashMap<>(Map.of("guestOwnKernel", true, "hardwareVirtualization", "REQUIRED", "runsOn", "HOST_OS",
				"emulatesForeignIsa", false, "sharesHostKernel", false, "userSpaceKernel", false, "translatesSyscalls",
				false, "managesOthers", false, "imageFormats", List.of("VDI"), "contested", List.of()));
	}

}
