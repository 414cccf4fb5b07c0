package org.virtclass.quiz.web;

import java.security.Principal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.LiveState;
import org.virtclass.quiz.Question;
import org.virtclass.quiz.checker.Ask;
import org.virtclass.quiz.checker.PastedQuestions;
import org.virtclass.quiz.checker.PastedQuestions.PastedQuestion;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.OwnQuestions;

/**
 * "Your own questions": an instructor pastes a question, the checker reads it and
 * proposes the key from the knowledge base with its reasons, and the teacher saves it
 * with their key, after a confirmation when that key differs. Saved questions go to
 * practice and, from a session's lobby, into that session. Checking stores nothing, so
 * that POST answers on the same page; saving redirects.
 */
@Controller
class OwnQuestionController {

	private static final String VIEW = "quiz/ownQuestions";

	private static final String BASE = "/instructor/questions";

	private static final SecureRandom MIX_SEEDS = new SecureRandom();

	private final PastedQuestions pasted;

	private final OwnQuestions own;

	private final LiveSessions sessions;

	private final MessageSource messages;

	OwnQuestionController(PastedQuestions pasted, OwnQuestions own, LiveSessions sessions, MessageSource messages) {
		this.pasted = pasted;
		this.own = own;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String initForm(@RequestParam(required = false) String session, Principal user, Model model) {
		OwnQuestionForm form = new OwnQuestionForm();
		form.setSession(session);
		model.addAttribute("form", form);
		return page(form, user, model);
	}

	@PostMapping(BASE)
	String processForm(@ModelAttribute("form") OwnQuestionForm form, BindingResult errors, Principal user, Model model,
			RedirectAttributes redirect) {
		PastedQuestion question;
		try {
			question = this.pasted.read(form.getQuestion(), form.getOptions(), form.getAsk());
		}
		catch (PastedQuestions.Refused ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			if ("checker.error.unreadable".equals(ex.messageKey())) {
				model.addAttribute("examples", PastedQuestions.examples());
			}
			return page(form, user, model);
		}
		if (form.getExplanation() != null && form.getExplanation().length() > TeacherQuestion.MAX_EXPLANATION) {
			errors.rejectValue("explanation", "quiz.own.error.explanation");
		}
		Integer key = form.isRecheck() ? null : form.isUseProposal() ? question.proposedIndex() : form.getKey();
		form.setKey(key);
		form.setRecheck(false);
		form.setUseProposal(false);
		if (key != null && (key < 0 || key >= question.options().size())) {
			errors.rejectValue("key", "quiz.own.error.key");
		}
		model.addAttribute("checked", question);
		if (errors.hasErrors() || key == null) {
			// first the checker's proposal, which the teacher accepts or changes
			if (key == null && !errors.hasErrors()) {
				form.setKey(question.proposedIndex());
			}
			return page(form, user, model);
		}
		if (question.disagrees(key) && !form.isConfirmed()) {
			model.addAttribute("disagreement", true);
			return page(form, user, model);
		}
		Question saved = TeacherQuestion.of(question, key, form.getExplanation(), this.messages);
		this.own.save(user.getName(), saved, question.proposedIndex(), form.isInPractice());
		redirect.addFlashAttribute("savedNow", true);
		String session = sessionCode(form.getSession());
		if (session != null) {
			addToSession(session, List.of(saved), null, redirect);
			redirect.addAttribute("session", session);
		}
		return "redirect:" + BASE;
	}

	/** Adds one saved question at the end of a session that has not started. */
	@PostMapping(BASE + "/{id}/add")
	String addOne(@PathVariable long id, @RequestParam String session, Principal user, RedirectAttributes redirect) {
		String code = sessionCode(session);
		OwnQuestions.Saved saved = this.own.find(user.getName(), id).orElse(null);
		if (code != null && saved != null) {
			addToSession(code, List.of(saved.question()), null, redirect);
			redirect.addAttribute("session", code);
		}
		return "redirect:" + BASE;
	}

	/**
	 * Mixes all of the instructor's questions in the session's language in among its
	 * questions.
	 */
	@PostMapping(BASE + "/mix")
	String mixAll(@RequestParam String session, Principal user, RedirectAttributes redirect) {
		String code = sessionCode(session);
		if (code != null) {
			String lang = this.sessions.console(code).lang();
			List<Question> mine = this.own.mine(user.getName(), lang);
			if (mine.isEmpty()) {
				redirect.addFlashAttribute("problemKey", "quiz.own.noneInLanguage");
			}
			else {
				addToSession(code, mine, MIX_SEEDS.nextLong(), redirect);
			}
			redirect.addAttribute("session", code);
		}
		return "redirect:" + BASE;
	}

	@PostMapping(BASE + "/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String session, Principal user,
			RedirectAttributes redirect) {
		if (this.own.delete(user.getName(), id)) {
			redirect.addFlashAttribute("deleted", true);
		}
		String code = sessionCode(session);
		if (code != null) {
			redirect.addAttribute("session", code);
		}
		return "redirect:" + BASE;
	}

	private void addToSession(String code, List<Question> questions, Long mixSeed, RedirectAttributes redirect) {
		try {
			int count = this.sessions.addQuestions(code, questions, mixSeed);
			redirect.addFlashAttribute("added", questions.size());
			redirect.addFlashAttribute("addedTotal", count);
		}
		catch (LiveSessionException ex) {
			if (ex.error() == LiveSessionException.Error.UNKNOWN_CODE) {
				throw ex;
			}
			// the question is saved all the same; only the session refuses it
			redirect.addFlashAttribute("problemKey", "quiz.own.started");
		}
	}

	private String page(OwnQuestionForm form, Principal user, Model model) {
		String code = sessionCode(form.getSession());
		form.setSession(code);
		if (code != null) {
			LiveSessions.Console console = this.sessions.console(code);
			model.addAttribute("live", console.snapshot());
			model.addAttribute("sessionLang", console.lang());
			model.addAttribute("sessionOpen", console.snapshot().state() == LiveState.LOBBY);
		}
		model.addAttribute("asks", Ask.values());
		model.addAttribute("saved", this.own.list(user.getName()));
		return VIEW;
	}

	/** A join code in upper case, or null for none; an unknown code is a 404. */
	private String sessionCode(String session) {
		if (session == null || session.isBlank()) {
			return null;
		}
		String code = session.strip().toUpperCase(Locale.ROOT);
		this.sessions.snapshot(code);
		return code;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(LiveSessionException.class)
	void unknownSession(LiveSessionException ex, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		response.sendError((ex.error() == LiveSessionException.Error.UNKNOWN_CODE) ? 404 : 400);
	}

}
