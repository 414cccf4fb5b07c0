package org.virtclass.system;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page behind each problem's {@code type}: what the problem means, in a student's
 * words. A code is known when some module's bundle holds {@code problem.<code>.title} and
 * {@code .text}; modules add their own codes there and nothing here needs to know them.
 */
@Controller
class ProblemPageController {

	private static final String VIEW_PROBLEM = "system/problem";

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,60}");

	private final MessageSource messages;

	ProblemPageController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping(Problems.PATH + "{code}")
	String showProblem(@PathVariable String code, Locale locale, Model model) {
		String title = CODE.matcher(code).matches() ? message("problem." + code + ".title", locale) : null;
		String text = (title != null) ? message("problem." + code + ".text", locale) : null;
		if (text == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("problemTitle", title);
		model.addAttribute("problemText", text);
		return VIEW_PROBLEM;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, null, locale);
	}

}
