package org.virtclass.classification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * One step of a verdict's explanation: a message key of the {@code classification} bundle
 * and its arguments, shown in zh-CN or English.
 * <p>
 * An argument is one of:
 * <ul>
 * <li>a {@code String} that starts with {@code classification.}: a message key itself (an
 * enum value such as {@code classification.category.CONTAINER}, a fact such as
 * {@code classification.fact.sharesHostKernel}, a rule condition), shown as its
 * message;</li>
 * <li>a {@code List} of such arguments, shown one after another, separated by
 * {@code classification.list.separator} (", " or "、");</li>
 * <li>anything else (plain text, a number), shown as it is.</li>
 * </ul>
 * The web layer renders a reason with {@link #format(MessageSource, Locale)}, for example
 * {@code ${reason.format(@messageSource, #locale)}} in a template; the JSON API sends key
 * and args as they are. Messages are {@link java.text.MessageFormat} patterns with {0},
 * {1} placeholders.
 *
 * @param key the message key, for example {@code classification.reason.container}
 * @param args the arguments, as described above
 */
public record Reason(String key, List<Object> args) {

	static final String PREFIX = "classification.";

	static final String SEPARATOR_KEY = "classification.list.separator";

	public Reason {
		Objects.requireNonNull(key, "key");
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	public static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args));
	}

	/** The reason as a sentence in the given language. */
	public String format(MessageSource messages, Locale locale) {
		Object[] shown = this.args.stream().map((a) -> show(a, messages, locale)).toArray();
		return messages.getMessage(this.key, shown, this.key, locale);
	}

	private static Object show(Object arg, MessageSource messages, Locale locale) {
		if (arg instanceof String s && s.startsWith(PREFIX)) {
			return messages.getMessage(s, null, s, locale);
		}
		if (arg instanceof List<?> list) {
			String separator = messages.getMessage(SEPARATOR_KEY, null, ", ", locale);
			return list.stream()
				.map((a) -> String.valueOf(show(a, messages, locale)))
				.collect(Collectors.joining(separator));
		}
		return arg;
	}

}
