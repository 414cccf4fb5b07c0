package org.virtclass.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class WelcomeController {

	private static final String VIEW_LOGIN = "system/login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		// Reading the session only when there is an error: an anonymous login page opens
		// none.
		HttpSession session = request.getSession(false);
		if (error != null) {
			Object ex = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("loginError", (ex instanceof RetryLater) ? "login.locked"
					: (ex instanceof DisabledException) ? "login.disabled" : "login.error");
			model.addAttribute("username", (session != null) ? session.getAttribute(LoginFailure.USERNAME) : null);
		}
		if (session != null) {
			session.removeAttribute(LoginFailure.USERNAME);
		}
		return VIEW_LOGIN;
	}

}
