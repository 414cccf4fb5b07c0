package org.virtclass.quiz.checker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.virtclass.system.Languages;

/**
 * The body of {@code POST /api/quiz/check}, bound by Jackson and checked by Bean
 * Validation. Keys it does not know are collected, not refused at the first one, so that
 * one 400 names every wrong key and value together.
 */
record CheckRequest(@Size(max = MAX_QUESTION, message = "is longer than {max} characters") String question,
		@NotNull(message = "is required: a list of " + QuestionChecker.MIN_OPTIONS + " to "
				+ QuestionChecker.MAX_OPTIONS + " option texts") @OptionCount List<@OptionText Object> options,
		@Pattern(regexp = "\\s*(" + ASKS + ")?\\s*",
				message = "'${validatedValue}' is not one of " + ASKS_SHOWN) String ask,
		@Size(max = 10, message = "is longer than {max} characters") @Pattern(regexp = "(?is)\\s*((en|zh).*)?",
				message = "'${validatedValue}' is not a language the checker speaks; use en or zh-CN") String lang,
		@JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

	static final List<String> KEYS = List.of("question", "options", "ask", "lang");

	static final int MAX_QUESTION = 2000;

	static final int MAX_OPTION = 200;

	static final String ASKS = "NOT_VM_TOOL|VM_TOOL|TYPE_1_HYPERVISOR|TYPE_2_HYPERVISOR|CONTAINER|NOT_CONTAINER"
			+ "|NOT_TYPE_1_HYPERVISOR|NOT_TYPE_2_HYPERVISOR|EMULATOR|NOT_EMULATOR";

	static final String ASKS_SHOWN = "[" + ASKS + "]";

	CheckRequest {
		unknown = (unknown != null) ? unknown : new TreeMap<>();
	}

	/**
	 * What is wrong, by key ({@code options[1]} for one option); empty when the request
	 * is valid.
	 */
	Map<String, String> errors(Validator validator) {
		Map<String, String> errors = new TreeMap<>();
		this.unknown.keySet()
			.forEach((key) -> errors.put(key, "unknown key; allowed keys are " + String.join(", ", KEYS)));
		for (ConstraintViolation<CheckRequest> violation : validator.validate(this)) {
			errors.putIfAbsent(key(violation.getPropertyPath()), violation.getMessage());
		}
		return errors;
	}

	private static String key(Path path) {
		StringBuilder key = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				key.append('[').append(node.getIndex()).append(']');
			}
			else if (node.getName() != null && !node.getName().startsWith("<")) {
				key.append(node.getName());
			}
		}
		return key.toString();
	}

	List<String> optionTexts() {
		return this.options.stream().map(String.class::cast).toList();
	}

	Ask askOrNull() {
		return (this.ask != null && !this.ask.isBlank()) ? Ask.valueOf(this.ask.strip()) : null;
	}

	Locale locale() {
		return (this.lang != null && !this.lang.isBlank()) ? Languages.parse(this.lang.strip().toLowerCase(Locale.ROOT))
				: null;
	}

	/**
	 * A list of {@link QuestionChecker#MIN_OPTIONS} to
	 * {@link QuestionChecker#MAX_OPTIONS} entries.
	 */
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = OptionCountValidator.class)
	@interface OptionCount {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * One option: a string, not empty once its letter is stripped, at most
	 * {@link #MAX_OPTION} long.
	 */
	@Target({ ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = OptionTextValidator.class)
	@interface OptionText {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Public, as Bean Validation makes it by reflection. */
	public static final class OptionCountValidator implements ConstraintValidator<OptionCount, List<?>> {

		public OptionCountValidator() {
		}

		@Override
		public boolean isValid(List<?> options, ConstraintValidatorContext context) {
			if (options == null || (options.size() >= QuestionChecker.MIN_OPTIONS
					&& options.size() <= QuestionChecker.MAX_OPTIONS)) {
				return true;
			}
			return refuse(context, "has " + options.size() + " entries; give " + QuestionChecker.MIN_OPTIONS + " to "
					+ QuestionChecker.MAX_OPTIONS);
		}

	}

	/** Public, as Bean Validation makes it by reflection. */
	public static final class OptionTextValidator implements ConstraintValidator<OptionText, Object> {

		public OptionTextValidator() {
		}

		@Override
		public boolean isValid(Object option, ConstraintValidatorContext context) {
			if (!(option instanceof String text)) {
				return refuse(context, "must be a string");
			}
			if (ToolMatcher.stripLetter(text).isBlank()) {
				return refuse(context, "must not be empty");
			}
			if (text.length() > MAX_OPTION) {
				return refuse(context,
						"is " + text.length() + " characters long; at most " + MAX_OPTION + " are allowed");
			}
			return true;
		}

	}

	/**
	 * The message names the number at hand, which a constraint's message template cannot.
	 */
	private static boolean refuse(ConstraintValidatorContext context, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
		return false;
	}

}
