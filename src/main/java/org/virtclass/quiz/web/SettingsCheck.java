package org.virtclass.quiz.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.virtclass.quiz.QuizSettings;
import org.virtclass.system.ApiProblem;

/**
 * Checks {@link QuizSettings} against the constraints they carry and reports each wrong
 * setting under the name the form or the API gives it: a form shows the constraint's
 * message in the page's language, the API answers a 400 that names the field and its
 * range.
 */
@Component
class SettingsCheck {

	/**
	 * The order in which the API names the first wrong field (its {@code field}
	 * property).
	 */
	private static final List<String> ORDER = List.of("questionCount", "optionCount", "secondsPerQuestion", "types",
			"difficulty", "lang");

	private final Validator validator;

	SettingsCheck(Validator validator) {
		this.validator = validator;
	}

	/** Adds an error for each wrong setting whose form field has none yet. */
	void reject(QuizSettings settings, BindingResult result, Map<String, String> fieldNames) {
		for (ConstraintViolation<QuizSettings> violation : this.validator.validate(settings)) {
			String property = violation.getPropertyPath().toString();
			String field = fieldNames.getOrDefault(property, property);
			if (!result.hasFieldErrors(field)) {
				String template = violation.getMessageTemplate();
				result.rejectValue(field, template.substring(1, template.length() - 1));
			}
		}
	}

	/**
	 * Throws a 400 naming every wrong setting, the first of them also in {@code field}.
	 */
	void requireValid(QuizSettings settings, Map<String, String> fieldNames) {
		Set<ConstraintViolation<QuizSettings>> violations = this.validator.validate(settings);
		if (violations.isEmpty()) {
			return;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		ORDER.forEach((property) -> violations.stream()
			.filter((v) -> v.getPropertyPath().toString().equals(property))
			.findFirst()
			.ifPresent((v) -> errors.put(fieldNames.getOrDefault(property, property),
					detail(fieldNames.getOrDefault(property, property), v))));
		String field = errors.keySet().iterator().next();
		throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-fields", "Bad request", errors.get(field),
				Map.of("field", field, "errors", errors));
	}

	private static String detail(String name, ConstraintViolation<?> violation) {
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		if (attributes.containsKey("min") && attributes.containsKey("max")) {
			return name + " must be between " + attributes.get("min") + " and " + attributes.get("max");
		}
		return name + " is required";
	}

}
