package org.virtclass.quiz.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.virtclass.system.ApiProblem;
import org.virtclass.system.Languages;

/**
 * The body of {@code POST /api/quiz/check}, read strictly: an unknown key, a wrong type or a bad
 * value is a 400 that names it.
 */
record CheckRequest(String question, List<String> options, Ask ask, Locale locale) {

	static final List<String> KEYS = List.of("question", "options", "ask", "lang");

	static final int MAX_QUESTION = 2000;

	static final int MAX_OPTION = 200;

	static CheckRequest read(Map<?, ?> body) {
		Map<String, String> errors = new TreeMap<>();
		if (body == null) {
			throw ApiProblem.badRequest("The body must be a JSON object with 'options' and optionally "
					+ "'question', 'ask' and 'lang'.", Map.of("errors", Map.of("options", "is required")));
		}
		for (Object key : body.keySet()) {
			if (!KEYS.contains(String.valueOf(key))) {
				errors.put(String.valueOf(key), "unknown key; allowed keys are " + String.join(", ", KEYS));
			}
		}
		String question = text(body.get("question"), "question", MAX_QUESTION, errors);
		List<String> options = options(body.get("options"), errors);
		Ask ask = null;
		String askText = text(body.get("ask"), "ask", 40, errors);
		if (askText != null && !askText.isBlank()) {
			try {
				ask = Ask.valueOf(askText.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("ask", "'" + askText + "' is not one of " + List.of(Ask.values()));
			}
		}
		Locale locale = null;
		String lang = text(body.get("lang"), "lang", 10, errors);
		if (lang != null && !lang.isBlank()) {
			String l = lang.strip().toLowerCase(Locale.ROOT);
			if (l.startsWith("zh") || l.startsWith("en")) {
				locale = Languages.parse(l);
			}
			else {
				errors.put("lang", "'" + lang + "' is not a language the checker speaks; use en or zh-CN");
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badRequest("Invalid fields: " + String.join(", ", errors.keySet()),
					Map.of("errors", errors));
		}
		return new CheckRequest(question, options, ask, locale);
	}

	private static String text(Object value, String key, int max, Map<String, String> errors) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			errors.put(key, "must be a string");
			return null;
		}
		if (s.length() > max) {
			errors.put(key, "is " + s.length() + " characters long; at most " + max + " are allowed");
			return null;
		}
		return s;
	}

	private static List<String> options(Object value, Map<String, String> errors) {
		if (value == null) {
			errors.put("options", "is required: a list of " + QuestionChecker.MIN_OPTIONS + " to "
					+ QuestionChecker.MAX_OPTIONS + " option texts");
			return null;
		}
		if (!(value instanceof List<?> list)) {
			errors.put("options", "must be a list of strings");
			return null;
		}
		if (list.size() < QuestionChecker.MIN_OPTIONS || list.size() > QuestionChecker.MAX_OPTIONS) {
			errors.put("options", "has " + list.size() + " entries; give " + QuestionChecker.MIN_OPTIONS + " to "
					+ QuestionChecker.MAX_OPTIONS);
			return null;
		}
		List<String> options = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			String key = "options[" + i + "]";
			if (!(item instanceof String s)) {
				errors.put(key, "must be a string");
			}
			else if (ToolMatcher.stripLetter(s).isBlank()) {
				errors.put(key, "must not be empty");
			}
			else if (s.length() > MAX_OPTION) {
				errors.put(key, "is " + s.length() + " characters long; at most " + MAX_OPTION + " are allowed");
			}
			else {
				options.add(s);
			}
		}
		return options;
	}

}
