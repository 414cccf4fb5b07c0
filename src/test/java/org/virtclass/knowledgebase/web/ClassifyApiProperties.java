package org.virtclass.knowledgebase.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.virtclass.classification.ToolFacts;
import org.virtclass.system.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whatever is wrong with posted facts, the answer is a 400 that names the key; the engine never sees them. */
class ClassifyApiProperties {

	/** No verdicts: a valid body would fail, so each property proves that the request stopped at validation. */
	private final ClassifyApiController controller = new ClassifyApiController(null);

	@Property(tries = 200)
	void anyUnknownKeyIsA400ThatNamesIt(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String key) {
		if (ToolFacts.NAMES.contains(key)) {
			return;
		}
		Map<String, Object> body = valid();
		body.put(key, true);
		assertNamed(body, key);
	}

	@Property(tries = 200)
	void anyValueOfTheWrongKindIsA400ThatNamesItsKey(@ForAll("facts") String fact, @ForAll("badValues") Object value) {
		Map<String, Object> body = valid();
		body.put(fact, value);
		assertNamed(body, fact);
	}

	@Provide
	Arbitrary<String> facts() {
		return Arbitraries.of(ToolFacts.NAMES);
	}

	@Provide
	Arbitrary<Object> badValues() {
		return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map((s) -> "x" + s),
				Arbitraries.integers().map((i) -> (Object) i), Arbitraries.just(Map.of("a", 1)),
				Arbitraries.just(List.of(42)));
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
