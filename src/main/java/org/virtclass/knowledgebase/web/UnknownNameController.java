package org.virtclass.knowledgebase.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.UnknownName;
import org.virtclass.knowledgebase.UnknownNames;

/**
 * Names students asked about that the knowledge base does not know, most asked first:
 * each opens the new-tool form with the name filled in, or is dismissed.
 */
@Controller
class UnknownNameController {

	private static final String VIEW_LIST = "knowledgebase/instructor/unknownNames";

	private final UnknownNames unknownNames;

	private final Flash flash;

	UnknownNameController(UnknownNames unknownNames, Flash flash) {
		this.unknownNames = unknownNames;
		this.flash = flash;
	}

	@GetMapping("/instructor/unknown-names")
	String list(Model model) {
		model.addAttribute("names", this.unknownNames.list());
		return VIEW_LIST;
	}

	@PostMapping("/instructor/unknown-names/dismiss")
	String dismiss(@RequestParam String name, RedirectAttributes redirect, Locale locale) {
		boolean removed = this.unknownNames.dismiss(name);
		this.flash.add(redirect, locale, removed ? "kb.unknown.dismissed" : "kb.unknown.notFound", name);
		return "redirect:/instructor/unknown-names";
	}

	@GetMapping("/api/kb/unknown-names")
	@ResponseBody
	List<UnknownName> api() {
		return this.unknownNames.list();
	}

}
