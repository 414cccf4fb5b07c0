package org.virtclass.accounts.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.accounts.domain.AccountRules;
import org.virtclass.accounts.domain.AccountService;

/**
 * Anyone logged in changes their own password. The current one is asked for again so that
 * a session left open on a classroom PC is not enough to take the account over.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String VIEW_FORM = "accounts/changePasswordForm";

	private static final String REDIRECT_FORM = "redirect:/account/password";

	private final AccountService accounts;

	private final MessageSource messages;

	PasswordController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("passwordChange", new PasswordChangeForm());
		model.addAttribute("minPasswordLength", AccountRules.MIN_PASSWORD_LENGTH);
		return VIEW_FORM;
	}

	@PostMapping
	String processForm(@ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		String username = principal.getName();
		if (form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "accounts.password.required");
		}
		else if (!this.accounts.passwordMatches(username, form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "accounts.password.currentWrong");
		}
		AccountRules.checkPassword(username, form.getNewPassword())
			.ifPresent((code) -> result.rejectValue("newPassword", code));
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "accounts.password.unchanged");
		}
		if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "accounts.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("minPasswordLength", AccountRules.MIN_PASSWORD_LENGTH);
			return VIEW_FORM;
		}
		this.accounts.changePassword(username, form.getNewPassword());
		redirect.addFlashAttribute("flash", this.messages.getMessage("accounts.password.changed", null, locale));
		return REDIRECT_FORM;
	}

}
