package org.virtclass.quiz.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.domain.Exports;
import org.virtclass.quiz.domain.LiveSessions;
import org.virtclass.quiz.domain.SessionResults;

/**
 * The instructor's side of live sessions: create one, run it from the projector view
 * (join code, QR code, live answer counts over server-sent events), and read and download
 * the results.
 */
@Controller
class SessionController {

	private static final String VIEW_LIST = "quiz/sessionList";

	private static final String VIEW_PROJECTOR = "quiz/projector";

	private static final String VIEW_RESULTS = "quiz/sessionResults";

	private static final String VIEW_PRESENT = "quiz/present";

	private final LiveSessions sessions;

	private final SessionResults results;

	private final LiveBroadcaster broadcaster;

	private final JoinAddress joinAddress;

	private final SettingsCheck settings;

	SessionController(LiveSessions sessions, SessionResults results, LiveBroadcaster broadcaster,
			JoinAddress joinAddress, SettingsCheck settings) {
		this.sessions = sessions;
		this.results = results;
		this.broadcaster = broadcaster;
		this.joinAddress = joinAddress;
		this.settings = settings;
	}

	@GetMapping("/instructor/sessions")
	String initCreationForm(Principal user, Locale locale, Model model) {
		SessionForm form = new SessionForm();
		form.speak(locale);
		model.addAttribute("form", form);
		return list(user, model);
	}

	@PostMapping("/instructor/sessions")
	String processCreationForm(@ModelAttribute("form") SessionForm form, BindingResult result, Principal user,
			Model model, RedirectAttributes redirect) {
		if (form.isTimed() && form.getSeconds() == null) {
			result.rejectValue("seconds", "quiz.sessions.error.seconds");
		}
		this.settings.reject(form.settings(), result, QuizSettingsForm.FIELDS);
		if (result.hasErrors()) {
			return list(user, model);
		}
		String code = this.sessions.create(new LiveSessions.Setup(form.settings(), null,
				form.isTimed() && form.isAutoReveal(), form.isSpeedPoints()), user.getName());
		redirect.addFlashAttribute("created", code);
		return "redirect:/instructor/sessions/" + code;
	}

	private String list(Principal user, Model model) {
		model.addAttribute("sessions", this.sessions.recent(user.getName()));
		QuizSettingsForm.addChoices(model);
		return VIEW_LIST;
	}

	@GetMapping("/instructor/sessions/{code}")
	String projector(@PathVariable String code, HttpServletRequest request, Model model) {
		LiveSessions.Console console = this.sessions.console(code);
		model.addAttribute("console", console);
		model.addAttribute("s", console.snapshot());
		model.addAttribute("q", console.question());
		model.addAttribute("joinUrl", this.joinAddress.resolve(request, console.snapshot().code(), null).url());
		model.addAttribute("roster", this.sessions.roster(code));
		return VIEW_PROJECTOR;
	}

	/**
	 * Projector mode: the whole screen for the room, no site chrome; {@code via} picks a
	 * LAN address.
	 */
	@GetMapping("/instructor/sessions/{code}/present")
	String present(@PathVariable String code, @RequestParam(required = false) String via, HttpServletRequest request,
			Model model) {
		LiveSessions.Console console = this.sessions.console(code);
		LiveSessions.Snapshot s = console.snapshot();
		model.addAttribute("console", console);
		model.addAttribute("s", s);
		model.addAttribute("q", console.question());
		model.addAttribute("join", this.joinAddress.resolve(request, s.code(), via));
		model.addAttribute("via", via);
		return VIEW_PRESENT;
	}

	@PostMapping("/instructor/sessions/{code}/{action:start|reveal|next|finish}")
	String control(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String view,
			@RequestParam(required = false) String via, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "start" -> this.sessions.start(code);
				case "reveal" -> this.sessions.reveal(code);
				case "next" -> this.sessions.next(code);
				default -> this.sessions.finish(code);
			}
		}
		catch (LiveSessionException ex) {
			if (ex.error() == LiveSessionException.Error.UNKNOWN_CODE) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.error().messageKey());
		}
		String back = "/instructor/sessions/" + code.toUpperCase(Locale.ROOT);
		if ("present".equals(view)) {
			if (via != null && !via.isBlank()) {
				redirect.addAttribute("via", via);
			}
			return "redirect:" + back + "/present";
		}
		return "redirect:" + back;
	}

	/** Takes a troll or a duplicate off the projector and out of the results. */
	@PostMapping("/instructor/sessions/{code}/players/{id}/remove")
	String removePlayer(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("removed", this.sessions.remove(code, id));
		}
		catch (LiveSessionException ex) {
			if (ex.error() == LiveSessionException.Error.UNKNOWN_CODE) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.error().messageKey());
		}
		return "redirect:/instructor/sessions/" + code.toUpperCase(Locale.ROOT);
	}

	@GetMapping(path = "/instructor/sessions/{code}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String code) {
		return this.broadcaster.projector(code);
	}

	@GetMapping("/instructor/sessions/{code}/results")
	String results(@PathVariable String code, Model model) {
		model.addAttribute("r", this.results.results(code));
		return VIEW_RESULTS;
	}

	@GetMapping("/instructor/sessions/{code}/responses.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code) {
		SessionResults.Results r = this.results.results(code);
		return download(Exports.csv(r), "virtclass-" + r.code() + "-responses.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/instructor/sessions/{code}/questions.xml")
	ResponseEntity<byte[]> moodleXml(@PathVariable String code) {
		SessionResults.Results r = this.results.results(code);
		return download(Exports.moodleXml(r.code(), questions(r)), "virtclass-" + r.code() + "-moodle.xml",
				new MediaType("application", "xml", StandardCharsets.UTF_8));
	}

	@GetMapping("/instructor/sessions/{code}/questions.gift.txt")
	ResponseEntity<byte[]> gift(@PathVariable String code) {
		SessionResults.Results r = this.results.results(code);
		return download(Exports.gift(r.code(), questions(r)), "virtclass-" + r.code() + "-gift.txt",
				new MediaType("text", "plain", StandardCharsets.UTF_8));
	}

	@ExceptionHandler(LiveSessionException.class)
	void refused(LiveSessionException ex, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		response.sendError((ex.error() == LiveSessionException.Error.UNKNOWN_CODE) ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.BAD_REQUEST.value());
	}

	private static List<org.virtclass.quiz.Question> questions(SessionResults.Results r) {
		return r.questions().stream().map(SessionResults.QuestionResult::question).toList();
	}

	private static ResponseEntity<byte[]> download(String body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
