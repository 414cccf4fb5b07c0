package org.virtclass.knowledgebase.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;
import org.virtclass.knowledgebase.KnowledgeBase;
import org.virtclass.knowledgebase.ToolEntry;
import org.virtclass.knowledgebase.Verdicts;

/**
 * "Classify your own tool": anyone sets facts and sees the verdict. Nothing is stored, so
 * the POST answers with the verdict (the htmx partial, or the whole page without
 * JavaScript) rather than a redirect.
 */
@Controller
class ClassifyController {

	private static final String VIEW = "knowledgebase/classify";

	private static final String VIEW_RESULT = "knowledgebase/classify :: result";

	private final KnowledgeBase knowledgeBase;

	private final Verdicts verdicts;

	ClassifyController(KnowledgeBase knowledgeBase, Verdicts verdicts) {
		this.knowledgeBase = knowledgeBase;
		this.verdicts = verdicts;
	}

	@GetMapping("/classify")
	String show(@RequestParam(required = false) String from, Locale locale, Model model) {
		Optional<ToolEntry> tool = (from == null || from.isBlank()) ? Optional.empty()
				: this.knowledgeBase.tool(from.strip().toLowerCase(Locale.ROOT));
		FactsForm form = tool.map((t) -> FactsForm.of(t.document().facts())).orElseGet(FactsForm::new);
		model.addAttribute("from", tool.map(ToolEntry::document).orElse(null));
		return page(form, locale, model);
	}

	@PostMapping("/classify")
	String classify(@ModelAttribute("form") FactsForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		model.addAttribute("verdictView", this.verdicts.view(form.toFacts(), locale));
		if (htmx != null) {
			return VIEW_RESULT;
		}
		model.addAttribute("from", null);
		return page(form, locale, model);
	}

	private String page(FactsForm form, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("verdictView", this.verdicts.view(form.toFacts(), locale));
		model.addAttribute("tools", this.knowledgeBase.tools());
		model.addAttribute("booleanFacts", FactsForm.BOOLEANS);
		model.addAttribute("hardwareVirtualizations", HardwareVirtualization.values());
		model.addAttribute("runsOns", RunsOn.values());
		model.addAttribute("imageFormats", ImageFormat.values());
		model.addAttribute("contestable", ToolFacts.NAMES.subList(0, ToolFacts.NAMES.size() - 1));
		return VIEW;
	}

}
