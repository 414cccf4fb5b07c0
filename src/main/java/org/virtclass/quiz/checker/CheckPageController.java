package org.virtclass.quiz.checker;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtclass.system.Languages;

/**
 * "Check a question from your textbook". Checking stores nothing, so the POST shows the
 * answer on the same page (with htmx, only the page's content is swapped) instead of
 * redirecting.
 */
@Controller
class CheckPageController {

	private static final String VIEW = "quiz/checkQuestion";

	private final CheckerService checker;

	CheckPageController(CheckerService checker) {
		this.checker = checker;
	}

	@GetMapping("/check")
	String show(@RequestParam(required = false) String example, Locale locale, Model model) {
		CheckForm form = (example == null) ? new CheckForm() : CheckForm.example(!"en".equals(example));
		return page(form, model);
	}

	@PostMapping("/check")
	String check(@ModelAttribute("form") CheckForm form, BindingResult errors, Locale locale, Model model) {
		Ask ask = parseAsk(form.getAsk());
		List<String> options = form.optionList();
		if (form.getQuestion() != null && form.getQuestion().length() > CheckRequest.MAX_QUESTION) {
			errors.rejectValue("question", "checker.error.question");
		}
		if (options.size() < QuestionChecker.MIN_OPTIONS || options.size() > QuestionChecker.MAX_OPTIONS) {
			errors.rejectValue("options", "checker.error.options");
		}
		else if (options.stream().anyMatch((o) -> o.length() > CheckRequest.MAX_OPTION)) {
			errors.rejectValue("options", "checker.error.optionLength");
		}
		if (!errors.hasErrors()) {
			try {
				Check check = this.checker.check(form.stem(), options, ask,
						(form.stem().isBlank()) ? Languages.parse(locale.toLanguageTag()) : null);
				model.addAttribute("check", check);
				model.addAttribute("answer", this.checker.answer(check));
			}
			catch (UnreadableQuestion ex) {
				errors.rejectValue("question", "checker.error.unreadable");
				model.addAttribute("understood", Understood.ALL);
			}
		}
		return page(form, model);
	}

	private String page(CheckForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("asks", Ask.values());
		return VIEW;
	}

	private static Ask parseAsk(String ask) {
		if (ask == null || ask.isBlank()) {
			return null;
		}
		try {
			return Ask.valueOf(ask.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
