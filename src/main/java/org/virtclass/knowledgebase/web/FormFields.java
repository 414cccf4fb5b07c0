package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.validation.BindingResult;
import org.virtclass.knowledgebase.KbProblem;

/**
 * Helpers shared by the tool and claim forms: turning typed text into the values the YAML
 * reader checks, and the reader's problems into errors next to the form's fields.
 */
final class FormFields {

	private FormFields() {
	}

	static String text(String value) {
		return (value == null) ? null : value.strip();
	}

	/** One entry per non-blank line. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			text.lines().map(String::strip).filter((l) -> !l.isEmpty()).forEach(lines::add);
		}
		return lines;
	}

	/**
	 * A whole number as the reader expects it, or the text as typed so the reader can say
	 * what is wrong.
	 */
	static Object number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return text.strip();
		}
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static List<Map<String, Object>> sources(List<SourceRow> rows) {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (SourceRow row : rows) {
			if (!row.isBlank()) {
				Map<String, Object> source = new LinkedHashMap<>();
				source.put("title", text(row.getTitle()));
				source.put("url", text(row.getUrl()));
				sources.add(source);
			}
		}
		return sources;
	}

	static List<SourceRow> rows(Object sources) {
		List<SourceRow> rows = new ArrayList<>();
		if (sources instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> m) {
					rows.add(new SourceRow(string(m.get("title")), string(m.get("url"))));
				}
			}
		}
		return rows;
	}

	static String string(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	/**
	 * Puts each problem next to its form field; {@code field} maps a file key to a form
	 * property, or null.
	 */
	static void reject(BindingResult result, List<KbProblem> problems, Function<String, String> field) {
		for (KbProblem p : problems) {
			String code = p.messageKey().isEmpty() ? null : p.messageKey();
			Object[] args = p.args().toArray();
			String target = field.apply(p.key());
			if (target == null) {
				result.reject(code, args, p.message());
			}
			else {
				result.rejectValue(target, code, args, p.message());
			}
		}
	}

	/**
	 * Strips a list index from a key that names a list item: {@code aliases[2]} →
	 * {@code aliases}.
	 */
	static String listField(String key) {
		return key.matches("[A-Za-z]+\\[\\d+\\]") ? key.substring(0, key.indexOf('[')) : key;
	}

}
