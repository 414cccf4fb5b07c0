package org.virtclass.quiz.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtclass.quiz.LiveSessionException;
import org.virtclass.quiz.domain.LiveSessions;

/**
 * Students join a live session with the code and a nickname, no account. The player token
 * goes into a cookie for that session, so a student whose phone slept or reloaded comes
 * straight back in with the same score.
 */
@Controller
class JoinController {

	private static final String VIEW_JOIN = "quiz/joinForm";

	private static final String VIEW_PLAY = "quiz/play";

	private final LiveSessions sessions;

	private final AddressLimits limits;

	JoinController(LiveSessions sessions, AddressLimits limits) {
		this.sessions = sessions;
		this.limits = limits;
	}

	@GetMapping("/join")
	String initJoinForm(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
		String normalized = normalize(code);
		if (!normalized.isEmpty() && knownPlayer(request, normalized) != null) {
			return "redirect:/join/" + normalized;
		}
		JoinForm form = new JoinForm();
		form.setCode(normalized);
		model.addAttribute("form", form);
		return VIEW_JOIN;
	}

	@PostMapping("/join")
	String processJoinForm(@ModelAttribute("form") JoinForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		String code = normalize(form.getCode());
		form.setCode(code);
		if (code.isEmpty()) {
			result.rejectValue("code", "quiz.join.error.code");
			return VIEW_JOIN;
		}
		if (knownPlayer(request, code) != null) {
			return "redirect:/join/" + code;
		}
		try {
			this.limits.beforeLookup(request.getRemoteAddr());
			this.limits.join(request.getRemoteAddr());
			String token = this.sessions.join(code, form.getNickname());
			Visitor.setPlayerToken(request, response, code, token);
			return "redirect:/join/" + code;
		}
		catch (LiveSessionException ex) {
			if (ex.error() == LiveSessionException.Error.UNKNOWN_CODE) {
				this.limits.missed(request.getRemoteAddr());
			}
			if (ex.error() == LiveSessionException.Error.TOO_MANY_REQUESTS) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
			}
			String field = switch (ex.error()) {
				case BAD_NICKNAME, NICKNAME_TAKEN, NICKNAME_NO_LETTER, NICKNAME_HIDDEN_CHARACTERS -> "nickname";
				default -> "code";
			};
			result.rejectValue(field, ex.error().messageKey());
			return VIEW_JOIN;
		}
	}

	@GetMapping("/join/{code}")
	String play(@PathVariable String code, HttpServletRequest request, Model model) {
		String normalized = normalize(code);
		String token = Visitor.playerToken(request, normalized);
		String nickname = knownPlayer(request, normalized);
		if (nickname == null) {
			return "redirect:/join?code=" + normalized;
		}
		model.addAttribute("code", normalized);
		model.addAttribute("token", token);
		model.addAttribute("nickname", nickname);
		return VIEW_PLAY;
	}

	/**
	 * The nickname of this browser's player in the session, or null when it has not
	 * joined it.
	 */
	private String knownPlayer(HttpServletRequest request, String code) {
		String token = Visitor.playerToken(request, code);
		if (token == null) {
			return null;
		}
		try {
			return this.sessions.nickname(code, token);
		}
		catch (LiveSessionException ex) {
			return null;
		}
	}

	private static String normalize(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT) : "";
	}

}
