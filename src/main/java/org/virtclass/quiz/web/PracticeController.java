package org.virtclass.quiz.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.quiz.domain.PracticeService;
import org.virtclass.quiz.domain.PracticeService.AttemptView;
import org.virtclass.system.Languages;

/**
 * Practice for anyone: settings, one question at a time with feedback, then a score and a
 * review.
 */
@Controller
class PracticeController {

	private static final String VIEW_START = "quiz/practiceStart";

	private static final String VIEW_QUESTION = "quiz/practiceQuestion";

	private static final String VIEW_REVIEW = "quiz/practiceReview";

	private final PracticeService practice;

	private final KnowledgeBase knowledgeBase;

	private final SettingsCheck settings;

	PracticeController(PracticeService practice, KnowledgeBase knowledgeBase, SettingsCheck settings) {
		this.practice = practice;
		this.knowledgeBase = knowledgeBase;
		this.settings = settings;
	}

	@GetMapping("/practice")
	String initStartForm(HttpServletRequest request, Locale locale, Model model) {
		PracticeForm form = new PracticeForm();
		form.speak(locale);
		model.addAttribute("form", form);
		return start(request, model);
	}

	@PostMapping("/practice")
	String processStartForm(@ModelAttribute("form") PracticeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!PracticeForm.LENGTHS.contains(form.getCount())) {
			result.rejectValue("count", "quiz.practice.error.count");
		}
		this.settings.reject(form.settings(), result, QuizSettingsForm.FIELDS);
		if (result.hasErrors()) {
			return start(request, model);
		}
		String visitor = Visitor.ensureId(request, response);
		AttemptView attempt = this.practice.start(visitor, form.settings().spec(), form.isTeachers());
		return "redirect:/practice/" + attempt.id();
	}

	private String start(HttpServletRequest request, Model model) {
		String visitor = Visitor.id(request);
		model.addAttribute("resume", (visitor != null) ? this.practice.unfinished(visitor).orElse(null) : null);
		QuizSettingsForm.addChoices(model);
		model.addAttribute("lengths", PracticeForm.LENGTHS);
		return VIEW_START;
	}

	@GetMapping("/practice/{id}")
	String showQuestion(@PathVariable String id, HttpServletRequest request, Locale locale, Model model) {
		AttemptView attempt = attempt(id, request);
		if (attempt.finished()) {
			return "redirect:/practice/" + id + "/review";
		}
		model.addAttribute("attempt", attempt);
		model.addAttribute("item", attempt.current());
		model.addAttribute("toolNames",
				this.knowledgeBase.tools()
					.stream()
					.collect(java.util.stream.Collectors.toMap(ToolEntry::slug,
							(t) -> Languages.pick(locale, t.document().name(), t.document().nameZh()))));
		return VIEW_QUESTION;
	}

	@PostMapping("/practice/{id}/answer")
	String answer(@PathVariable String id, @RequestParam int position, @RequestParam int choice,
			HttpServletRequest request) {
		this.practice.answer(id, visitor(request), position, choice).orElseThrow(PracticeController::notFound);
		return "redirect:/practice/" + id;
	}

	@PostMapping("/practice/{id}/next")
	String next(@PathVariable String id, @RequestParam int position, HttpServletRequest request) {
		AttemptView attempt = this.practice.next(id, visitor(request), position)
			.orElseThrow(PracticeController::notFound);
		return attempt.finished() ? "redirect:/practice/" + id + "/review" : "redirect:/practice/" + id;
	}

	@GetMapping("/practice/{id}/review")
	String review(@PathVariable String id, HttpServletRequest request, Model model) {
		AttemptView attempt = attempt(id, request);
		if (!attempt.finished()) {
			return "redirect:/practice/" + id;
		}
		model.addAttribute("attempt", attempt);
		return VIEW_REVIEW;
	}

	private AttemptView attempt(String id, HttpServletRequest request) {
		return this.practice.find(id, visitor(request)).orElseThrow(PracticeController::notFound);
	}

	private static String visitor(HttpServletRequest request) {
		String visitor = Visitor.id(request);
		if (visitor == null) {
			throw notFound();
		}
		return visitor;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
