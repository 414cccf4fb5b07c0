package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.EditResult;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StaleEditException;

/** Restoring a version from an item's history, and the audit of all changes. */
@Controller
class HistoryController {

	private static final String VIEW_AUDIT = "knowledgebase/instructor/audit";

	static final int PAGE_SIZE = 25;

	private final KnowledgeBaseEditor editor;

	private final Flash flash;

	HistoryController(KnowledgeBaseEditor editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@PostMapping("/instructor/revisions/{id}/restore")
	String restore(@PathVariable long id, @RequestParam long version, Principal principal, RedirectAttributes redirect,
			Locale locale) {
		RevisionEntry revision = this.editor.revision(id).orElseThrow(HistoryController::notFound);
		try {
			EditResult<?> result = this.editor.revert(revision.kind(), id, version,
					Author.browser(principal.getName()));
			this.flash.add(redirect, locale, result.changed() ? "kb.history.restored" : "kb.history.restoredSame",
					revision.version());
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.history.stale");
		}
		catch (InvalidEditException ex) {
			this.flash.add(redirect, locale, "kb.history.invalid", revision.version());
		}
		return "redirect:" + ItemPages.of(revision.kind()).history(revision.key());
	}

	@GetMapping("/instructor/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<RevisionEntry> revisions = this.editor.audit(page, PAGE_SIZE);
		model.addAttribute("revisions", revisions);
		return VIEW_AUDIT;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
