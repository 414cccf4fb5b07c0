package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.List;
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
import org.virtclass.knowledgebase.ItemKind;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;

/** The history of one tool or claim with restore, and the audit of all changes. */
@Controller
class HistoryController {

	private static final String VIEW_HISTORY = "knowledgebase/instructor/history";

	private static final String VIEW_AUDIT = "knowledgebase/instructor/audit";

	static final int PAGE_SIZE = 25;

	private final KnowledgeBaseEditor editor;

	private final Flash flash;

	HistoryController(KnowledgeBaseEditor editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@GetMapping("/instructor/tools/{slug}/history")
	String toolHistory(@PathVariable String slug, Model model) {
		var tool = this.editor.tool(slug).orElseThrow(HistoryController::notFound);
		return history(ItemKind.TOOL, tool, tool.document().name(), model);
	}

	@GetMapping("/instructor/claims/{id}/history")
	String claimHistory(@PathVariable String id, Model model) {
		StoredItem<?> claim = this.editor.claim(id).orElseThrow(HistoryController::notFound);
		return history(ItemKind.CLAIM, claim, id, model);
	}

	private String history(ItemKind kind, StoredItem<?> item, String title, Model model) {
		List<RevisionEntry> revisions = this.editor.history(kind, item.key());
		model.addAttribute("kind", kind);
		model.addAttribute("item", item);
		model.addAttribute("itemTitle", title);
		model.addAttribute("revisions", revisions);
		model.addAttribute("base", (kind == ItemKind.TOOL) ? "/instructor/tools/" : "/instructor/claims/");
		return VIEW_HISTORY;
	}

	@PostMapping("/instructor/revisions/{id}/restore")
	String restore(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		RevisionEntry revision = this.editor.revision(id).orElseThrow(HistoryController::notFound);
		String base = (revision.kind() == ItemKind.TOOL) ? "/instructor/tools/" : "/instructor/claims/";
		Author author = Author.browser(principal.getName());
		try {
			EditResult<?> result = (revision.kind() == ItemKind.TOOL) ? this.editor.revertTool(id, version, author)
					: this.editor.revertClaim(id, version, author);
			this.flash.add(redirect, locale, result.changed() ? "kb.history.restored" : "kb.history.restoredSame", id);
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.history.stale");
		}
		catch (InvalidEditException ex) {
			this.flash.add(redirect, locale, "kb.history.invalid", id);
		}
		return "redirect:" + base + revision.key() + "/history";
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
