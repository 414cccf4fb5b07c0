package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.virtclass.classification.Reason;

/**
 * One sentence of the checker's explanation: a message key of the {@code checker} bundle
 * with its arguments. An argument that starts with {@code checker.} or
 * {@code classification.} is itself a message key; a {@link Reason} is the engine's own
 * sentence; a list is shown joined by the language's separator; anything else is shown as
 * it is.
 */
public record Note(String key, List<Object> args) {

	public Note {
		Objects.requireNonNull(key, "key");
		args = List.copyOf(args);
	}

	static Note of(String key, Object... args) {
		return new Note(key, List.of(args));
	}

	public String format(MessageSource messages, Locale locale) {
		Object[] shown = this.args.stream().map((a) -> show(a, messages, locale)).toArray();
		return messages.getMessage(this.key, shown, this.key, locale);
	}

	private static Object show(Object arg, MessageSource messages, Locale locale) {
		if (arg instanceof String s && (s.startsWith("checker.") || s.startsWith("classification."))) {
			return messages.getMessage(s, null, s, locale);
		}
		if (arg instanceof Reason reason) {
			return reason.format(messages, locale);
		}
		if (arg instanceof Note note) {
			return note.format(messages, locale);
		}
		if (arg instanceof List<?> list) {
			String separator = messages.getMessage("checker.list.separator", null, ", ", locale);
			return list.stream()
				.map((a) -> String.valueOf(show(a, messages, locale)))
				.collect(Collectors.joining(separator));
		}
		return arg;
	}

}
