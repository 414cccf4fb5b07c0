package org.virtclass.knowledgebase;

import java.util.List;

/**
 * One thing wrong with a knowledge-base file or form: which file, which key (dotted path,
 * or empty for the whole file) and what is wrong, in words an instructor can act on.
 * {@code message} is the English text for logs and the API; {@code code} and {@code args}
 * name the message {@code kb.problem.<code>} that the pages show in the reader's
 * language.
 */
public record KbProblem(String file, String key, String message, String code, List<String> args) {

	public KbProblem {
		code = (code != null) ? code : "";
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	public KbProblem(String file, String key, String message) {
		this(file, key, message, "", List.of());
	}

	/**
	 * The message key of the localized text, or empty when there is only the English
	 * message.
	 */
	public String messageKey() {
		return this.code.isEmpty() ? "" : "kb.problem." + this.code;
	}

	@Override
	public String toString() {
		return this.file + (this.key.isEmpty() ? "" : " [" + this.key + "]") + ": " + this.message;
	}

}
