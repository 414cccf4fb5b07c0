package org.virtclass.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

import org.virtclass.system.Languages;

/**
 * The settings of a practice run or a live session, checked here once for both and for
 * the API: the forms and the API map these constraints onto their own field names. Stored
 * in the columns of the same names in both tables.
 *
 * @param types the question types to mix
 * @param difficulty how distractors are picked
 * @param lang "en" or "zh-CN"
 * @param optionCount options per question
 * @param questionCount how many questions
 * @param secondsPerQuestion a time limit per question, or null for none
 */
@Embeddable
public record QuizSettings(
		@Convert(converter = QuizSettings.TypesColumn.class) @Column(name = "types", nullable = false,
				length = 300) @NotEmpty(message = "{quiz.practice.error.types}") List<QuestionType> types,
		@Enumerated(EnumType.STRING) @Column(name = "difficulty", nullable = false,
				length = 10) @NotNull(message = "{quiz.practice.error.difficulty}") Difficulty difficulty,
		@Column(name = "lang", nullable = false, length = 10) String lang,
		@Column(name = "option_count", nullable = false) @Range(min = MIN_OPTIONS, max = MAX_OPTIONS,
				message = "{quiz.practice.error.options}") int optionCount,
		@Column(name = "question_count", nullable = false) @Range(min = 1, max = QuizSpec.MAX_COUNT,
				message = "{quiz.sessions.error.count}") int questionCount,
		@Column(name = "seconds_per_question") @Range(min = MIN_SECONDS, max = MAX_SECONDS,
				message = "{quiz.sessions.error.seconds}") Integer secondsPerQuestion) {

	public static final int MIN_OPTIONS = 3;

	public static final int MAX_OPTIONS = 5;

	public static final int MIN_SECONDS = 5;

	public static final int MAX_SECONDS = 600;

	public QuizSettings {
		types = (types != null) ? List.copyOf(types) : List.of();
	}

	/** The settings of what a spec generates; without a timer. */
	public static QuizSettings of(QuizSpec spec, Integer secondsPerQuestion) {
		return new QuizSettings(spec.types(), spec.difficulty(), spec.lang(), spec.optionCount(), spec.count(),
				secondsPerQuestion);
	}

	public QuizSettings withQuestionCount(int count) {
		return new QuizSettings(this.types, this.difficulty, this.lang, this.optionCount, count,
				this.secondsPerQuestion);
	}

	/** What to generate; call it on valid settings only. */
	public QuizSpec spec() {
		return new QuizSpec(this.types, this.questionCount, this.optionCount, this.difficulty, locale());
	}

	public Locale locale() {
		return Languages.parse(this.lang);
	}

	/** The types as the column holds them: their names, comma-separated. */
	@Converter
	public static class TypesColumn implements AttributeConverter<List<QuestionType>, String> {

		@Override
		public String convertToDatabaseColumn(List<QuestionType> types) {
			return types.stream().map(Enum::name).collect(Collectors.joining(","));
		}

		@Override
		public List<QuestionType> convertToEntityAttribute(String column) {
			return (column == null || column.isBlank()) ? List.of()
					: Arrays.stream(column.split(",")).map(String::strip).map(QuestionType::valueOf).toList();
		}

	}

}
