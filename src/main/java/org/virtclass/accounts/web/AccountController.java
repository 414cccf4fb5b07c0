package org.virtclass.accounts.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.accounts.Role;
import org.virtclass.accounts.domain.AccountRules;
import org.virtclass.accounts.domain.AccountService;
import org.virtclass.accounts.domain.AccountService.Outcome;

/**
 * Instructors list accounts, create new ones, deactivate or reactivate them, and clear
 * the wrong passwords that slow an account's logins.
 */
@Controller
@RequestMapping("/instructor/accounts")
class AccountController {

	private static final String VIEW_LIST = "accounts/accountList";

	private static final String REDIRECT_LIST = "redirect:/instructor/accounts";

	private final AccountService accounts;

	private final MessageSource messages;

	AccountController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Principal principal, Model model) {
		model.addAttribute("newAccount", new NewAccountForm());
		return showList(principal, model);
	}

	@PostMapping
	String create(@ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, Locale locale) {
		String username = AccountRules.normalizeUsername(form.getUsername());
		form.setUsername(username);
		AccountRules.checkUsername(username).ifPresent((code) -> result.rejectValue("username", code));
		if (!result.hasFieldErrors("username") && this.accounts.usernameTaken(username)) {
			result.rejectValue("username", "accounts.username.taken");
		}
		Role role = Arrays.stream(Role.values())
			.filter((r) -> r.name().equals(form.getRole()))
			.findFirst()
			.orElse(null);
		if (role == null) {
			result.rejectValue("role", "accounts.role.required");
		}
		AccountRules.checkPassword(username, form.getPassword())
			.ifPresent((code) -> result.rejectValue("password", code));
		if (!form.getPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "accounts.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(username, role, form.getPassword(), principal.getName());
				redirect.addFlashAttribute("flash", this.messages.getMessage("accounts.created",
						new Object[] { username, this.messages.getMessage("accounts.role." + role, null, locale) },
						locale));
				return REDIRECT_LIST;
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("username", "accounts.username.taken");
			}
		}
		form.setPassword("");
		form.setConfirmPassword("");
		return showList(principal, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
		Outcome outcome = this.accounts.deactivate(id, principal.getName());
		return report(outcome, "accounts.deactivated", redirect, locale);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
		return report(this.accounts.reactivate(id, principal.getName()), "accounts.reactivated", redirect, locale);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
		return report(this.accounts.unlock(id, principal.getName()), "accounts.unlocked", redirect, locale);
	}

	private String report(Outcome outcome, String doneKey, RedirectAttributes redirect, Locale locale) {
		switch (outcome) {
			case DONE -> redirect.addFlashAttribute("flash", this.messages.getMessage(doneKey, null, locale));
			case SELF -> redirect.addFlashAttribute("flashError",
					this.messages.getMessage("accounts.deactivate.self", null, locale));
			case LAST_INSTRUCTOR -> redirect.addFlashAttribute("flashError",
					this.messages.getMessage("accounts.deactivate.lastInstructor", null, locale));
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return REDIRECT_LIST;
	}

	private String showList(Principal principal, Model model) {
		model.addAttribute("accounts", this.accounts.all()
			.stream()
			.map((a) -> AccountRow.of(a, this.accounts.recentFailedLogins(a.getUsername()), principal.getName()))
			.toList());
		model.addAttribute("minPasswordLength", AccountRules.MIN_PASSWORD_LENGTH);
		return VIEW_LIST;
	}

}
