package org.virtclass.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees exists in both languages: each bundle has the same keys in
 * English and zh-CN, every key a template uses exists, and templates hold no literal
 * text.
 */
class MessagesTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text between tags is literal unless its element is filled by th:text or th:utext.
	 */
	private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>([^<]+)");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|title|alt|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path en : files.filter((p) -> !p.getFileName().toString().contains("_")).toList()) {
				Path zh = en.resolveSibling(en.getFileName().toString().replace(".properties", "_zh_CN.properties"));
				assertThat(zh).as("zh-CN bundle for " + en).exists();
				Set<String> enKeys = load(en).stringPropertyNames();
				Set<String> zhKeys = load(zh).stringPropertyNames();
				diff(enKeys, zhKeys).forEach((k) -> problems.add(zh.getFileName() + " lacks " + k));
				diff(zhKeys, enKeys).forEach((k) -> problems.add(en.getFileName() + " lacks " + k));
				load(zh).forEach((k, v) -> {
					if (v.toString().isBlank()) {
						problems.add(zh.getFileName() + " has an empty " + k);
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
			Matcher m = TEXT_AFTER_TAG.matcher(html);
			while (m.find()) {
				String attributes = m.group(2);
				String text = m.group(3).strip();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:replace") || attributes.contains("th:insert")
						|| attributes.contains("sec:authentication");
				if (!replaced && text.codePoints().anyMatch(Character::isLetter) && !m.group(1).equals("title")) {
					literals.add(TEMPLATES.relativize(template) + ": " + text);
				}
			}
			Matcher a = LITERAL_ATTRIBUTE.matcher(html);
			while (a.find()) {
				literals.add(TEMPLATES.relativize(template) + ": " + a.group(1) + "=\"" + a.group(2) + "\"");
			}
		}
		assertThat(literals).isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path p : files.toList()) {
				keys.addAll(load(p).stringPropertyNames());
			}
		}
		return keys;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> diff(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(path);
				var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
