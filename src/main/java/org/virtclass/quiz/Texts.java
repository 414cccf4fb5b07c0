package org.virtclass.quiz;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.virtclass.classification.Reason;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.system.Languages;

/** Messages in the quiz's language: the quiz bundle, engine reasons and tool names. */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	Texts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	String reason(Reason reason) {
		return reason.format(this.messages, this.locale);
	}

	/**
	 * The tool's name as an exam would print it. Chinese names in the knowledge base
	 * often add a descriptor ("VirtualBox 虚拟机") that would give the answer away, so a
	 * Chinese quiz uses the product name, and the Chinese name only when it is a name of
	 * its own (火绒安全, 谷歌浏览器).
	 */
	String name(ToolDocument tool) {
		if (Languages.isChinese(this.locale) && tool.nameZh() != null && !tool.nameZh().isBlank()
				&& tool.nameZh().chars().noneMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
			return tool.nameZh();
		}
		return tool.name();
	}

	String pick(String en, String zh) {
		return Languages.pick(this.locale, en, zh);
	}

	/**
	 * Joins sentences the way the language does: a space in English, nothing in Chinese.
	 */
	String join(String first, String second) {
		if (second == null || second.isBlank() || second.equals(first)) {
			return first;
		}
		return Languages.isChinese(this.locale) ? first + second : first + " " + second;
	}

	String lang() {
		return Languages.isChinese(this.locale) ? "zh-CN" : "en";
	}

}
