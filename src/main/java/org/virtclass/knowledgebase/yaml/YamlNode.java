package org.virtclass.knowledgebase.yaml;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.virtclass.knowledgebase.KbProblem;

/**
 * Reads typed values out of a parsed YAML mapping and collects a {@link KbProblem} for
 * every missing key, wrong type, bad enum value or key it does not know. Reading goes on
 * after a problem, so one pass reports everything that is wrong with a file.
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final Map<?, ?> map;

	private final List<KbProblem> problems;

	YamlNode(String file, String path, Map<?, ?> map, List<KbProblem> problems) {
		this.file = file;
		this.path = path;
		this.map = map;
		this.problems = problems;
	}

	String key(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	/**
	 * Records a problem: English text for logs and the API, a code and arguments for the
	 * pages.
	 */
	void problem(String key, String code, String message, Object... args) {
		this.problems
			.add(new KbProblem(this.file, key, message, code, Arrays.stream(args).map(String::valueOf).toList()));
	}

	void rejectUnknownKeys(List<String> known) {
		for (Object k : this.map.keySet()) {
			if (!known.contains(String.valueOf(k))) {
				problem(key(String.valueOf(k)), "unknownKey",
						"unknown key; allowed keys here are " + String.join(", ", known), String.join(", ", known));
			}
		}
	}

	boolean has(String name) {
		return this.map.containsKey(name) && this.map.get(name) != null;
	}

	String string(String name, boolean required, int maxLength) {
		Object value = this.map.get(name);
		if (value == null) {
			if (required) {
				problem(key(name), "required", "is required");
			}
			return required ? null : "";
		}
		if (value instanceof Map || value instanceof List) {
			problem(key(name), "notText", "must be text, not a " + ((value instanceof Map) ? "mapping" : "list"));
			return null;
		}
		String text = String.valueOf(value).strip();
		if (required && text.isEmpty()) {
			problem(key(name), "required", "must not be empty");
			return null;
		}
		if (text.length() > maxLength) {
			problem(key(name), "tooLong",
					"is " + text.length() + " characters long; at most " + maxLength + " are allowed", text.length(),
					maxLength);
			return null;
		}
		return text;
	}

	Boolean bool(String name) {
		Object value = this.map.get(name);
		if (value == null) {
			problem(key(name), "required", "is required (true or false)");
			return null;
		}
		if (!(value instanceof Boolean b)) {
			problem(key(name), "notBoolean", "must be true or false, not '" + value + "'", value);
			return null;
		}
		return b;
	}

	Integer integer(String name, int min, int max) {
		Object value = this.map.get(name);
		if (value == null) {
			problem(key(name), "required", "is required");
			return null;
		}
		if (!(value instanceof Integer i)) {
			problem(key(name), "notNumber", "must be a whole number, not '" + value + "'", value);
			return null;
		}
		if (i < min || i > max) {
			problem(key(name), "range", "must be between " + min + " and " + max + ", not " + i, min, max, i);
			return null;
		}
		return i;
	}

	<E extends Enum<E>> E enumValue(String name, Class<E> type) {
		Object value = this.map.get(name);
		if (value == null) {
			problem(key(name), "required", "is required; one of " + allowed(type));
			return null;
		}
		return toEnum(key(name), value, type);
	}

	<E extends Enum<E>> E toEnum(String key, Object value, Class<E> type) {
		// YAML 1.1 reads a bare TRUE or FALSE as a boolean; for an enum such as a claim's
		// verdict it is the name.
		String name = (value instanceof Boolean b) ? (b ? "TRUE" : "FALSE") : String.valueOf(value).strip();
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			problem(key, "unknownValue", "unknown value '" + value + "'; expected one of " + allowed(type), value,
					allowed(type));
			return null;
		}
	}

	List<?> list(String name, boolean required) {
		Object value = this.map.get(name);
		if (value == null) {
			if (required) {
				problem(key(name), "required", "is required (a list)");
			}
			return required ? null : List.of();
		}
		if (!(value instanceof List<?> list)) {
			problem(key(name), "notList", "must be a list");
			return null;
		}
		return list;
	}

	List<String> strings(String name, boolean required, int maxLength) {
		List<?> raw = list(name, required);
		if (raw == null) {
			return null;
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Object item = raw.get(i);
			String itemKey = key(name) + "[" + i + "]";
			if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
				problem(itemKey, "required", "must be non-empty text");
				continue;
			}
			String text = String.valueOf(item).strip();
			if (text.length() > maxLength) {
				problem(itemKey, "tooLong", "is longer than " + maxLength + " characters", text.length(), maxLength);
				continue;
			}
			result.add(text);
		}
		return result;
	}

	<E extends Enum<E>> List<E> enums(String name, Class<E> type, boolean required) {
		List<?> raw = list(name, required);
		if (raw == null) {
			return null;
		}
		List<E> result = new ArrayList<>();
		boolean ok = true;
		for (int i = 0; i < raw.size(); i++) {
			E e = toEnum(key(name) + "[" + i + "]", raw.get(i), type);
			if (e == null) {
				ok = false;
			}
			else if (result.contains(e)) {
				problem(key(name) + "[" + i + "]", "listedTwice", "'" + e + "' is listed twice", e);
				ok = false;
			}
			else {
				result.add(e);
			}
		}
		return ok ? result : null;
	}

	YamlNode child(String name) {
		Object value = this.map.get(name);
		if (value == null) {
			problem(key(name), "required", "is required (a mapping)");
			return null;
		}
		if (!(value instanceof Map<?, ?> m)) {
			problem(key(name), "notMapping", "must be a mapping of keys to values");
			return null;
		}
		return new YamlNode(this.file, key(name), m, this.problems);
	}

	List<YamlNode> children(String name, boolean required) {
		List<?> raw = list(name, required);
		if (raw == null) {
			return null;
		}
		List<YamlNode> result = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			if (raw.get(i) instanceof Map<?, ?> m) {
				result.add(new YamlNode(this.file, key(name) + "[" + i + "]", m, this.problems));
			}
			else {
				problem(key(name) + "[" + i + "]", "notSource", "must be a mapping with title and url");
			}
		}
		return result;
	}

	String url(String name) {
		String text = string(name, true, 500);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!Set.of("http", "https").contains(scheme) || uri.getHost() == null || !uri.getHost().contains(".")) {
				problem(key(name), "notUrl", "'" + text + "' is not an absolute http(s) URL", text);
				return null;
			}
		}
		catch (Exception ex) {
			problem(key(name), "notUrl", "'" + text + "' is not a valid URL", text);
			return null;
		}
		return text;
	}

	static <E extends Enum<E>> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	static Map<String, Object> ordered() {
		return new LinkedHashMap<>();
	}

}
