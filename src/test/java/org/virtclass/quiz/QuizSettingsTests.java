package org.virtclass.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings' constraints, the one place where their ranges are written down. */
class QuizSettingsTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static QuizSettings settings(List<QuestionType> types, Difficulty difficulty, int options, int count,
			Integer seconds) {
		return new QuizSettings(types, difficulty, "en", options, count, seconds);
	}

	private static Set<String> wrong(QuizSettings settings) {
		return VALIDATOR.validate(settings)
			.stream()
			.map((v) -> v.getPropertyPath().toString())
			.collect(Collectors.toSet());
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			2, 10, , optionCount
			3, 10, ,
			5, 50, 600,
			6, 10, , optionCount
			4, 0, , questionCount
			4, 51, , questionCount
			4, 1, 5,
			4, 10, 4, secondsPerQuestion
			4, 10, 601, secondsPerQuestion
			""")
	void eachSettingHasItsRange(int options, int count, Integer seconds, String wrongSetting) {
		Set<String> wrong = wrong(settings(List.of(QuestionType.VM_TOOL), Difficulty.EASY, options, count, seconds));
		assertThat(wrong).isEqualTo((wrongSetting == null) ? Set.of() : Set.of(wrongSetting));
	}

	@Test
	void typesAndDifficultyAreRequired() {
		assertThat(wrong(settings(List.of(), null, 4, 10, null))).containsExactlyInAnyOrder("types", "difficulty");
	}

	@Test
	void everyMessageIsAKeyBothLanguagesHave() throws IOException {
		Properties en = load("quiz.properties");
		Properties zh = load("quiz_zh_CN.properties");
		Set<ConstraintViolation<QuizSettings>> all = VALIDATOR.validate(settings(List.of(), null, 9, 0, 1));
		assertThat(all).hasSize(5);
		for (ConstraintViolation<QuizSettings> violation : all) {
			String template = violation.getMessageTemplate();
			assertThat(template).startsWith("{quiz.").endsWith("}");
			String key = template.substring(1, template.length() - 1);
			assertThat(en.getProperty(key)).as(key).isNotBlank();
			assertThat(zh.getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void theTypesColumnReadsWhatItWrites() {
		QuizSettings.TypesColumn column = new QuizSettings.TypesColumn();
		List<QuestionType> types = List.of(QuestionType.values());
		String written = column.convertToDatabaseColumn(types);
		assertThat(written).doesNotContain(" ").hasSizeLessThanOrEqualTo(300);
		assertThat(column.convertToEntityAttribute(written)).isEqualTo(types);
	}

	@Test
	void theSpecCarriesTheSettings() {
		QuizSpec spec = new QuizSettings(List.of(QuestionType.CRITERION), Difficulty.HARD, "zh-CN", 3, 7, 30).spec();
		assertThat(spec.optionCount()).isEqualTo(3);
		assertThat(spec.count()).isEqualTo(7);
		assertThat(spec.difficulty()).isEqualTo(Difficulty.HARD);
		assertThat(spec.lang()).isEqualTo("zh-CN");
		assertThat(QuizSettings.of(spec, 30))
			.isEqualTo(new QuizSettings(List.of(QuestionType.CRITERION), Difficulty.HARD, "zh-CN", 3, 7, 30));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
