package org.virtclass.knowledgebase.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts a message, in the reader's language, where the layout shows it after a redirect.
 */
@Component
class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	void add(RedirectAttributes redirect, Locale locale, String key, Object... args) {
		redirect.addFlashAttribute("flash", this.messages.getMessage(key, args, locale));
	}

	String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
