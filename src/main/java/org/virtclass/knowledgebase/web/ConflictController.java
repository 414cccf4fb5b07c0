package org.virtclass.knowledgebase.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.InvalidEditException;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.RevisionEntry;
import org.virtclass.knowledgebase.StaleEditException;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.SyncConflicts;

/**
 * Conflicts from the start-up sync: listed, shown side by side (browser and file) and
 * resolved.
 */
@Controller
@RequestMapping("/instructor/conflicts")
class ConflictController {

	private static final String VIEW_LIST = "knowledgebase/instructor/conflictList";

	private static final String VIEW_RESOLVE = "knowledgebase/instructor/resolveConflict";

	private final SyncConflicts conflicts;

	private final KnowledgeBaseEditor editor;

	private final Flash flash;

	private final ProblemText problemText;

	ConflictController(SyncConflicts conflicts, KnowledgeBaseEditor editor, Flash flash, ProblemText problemText) {
		this.conflicts = conflicts;
		this.editor = editor;
		this.flash = flash;
		this.problemText = problemText;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("open", this.conflicts.open());
		model.addAttribute("resolved", this.conflicts.recentlyResolved());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SyncConflicts.Conflict conflict = this.conflicts.get(id).orElseThrow(ConflictController::notFound);
		if (conflict.resolved()) {
			return "redirect:/instructor/conflicts";
		}
		StoredItem<Object> browser = this.editor.get(conflict.kind(), conflict.key())
			.orElseThrow(ConflictController::notFound);
		Map<String, Object> browserFields = this.editor.fields(conflict.kind(), browser.document());
		Map<String, Object> fileFields = conflict.fileFields();
		// The last version imported from the file is what both sides started from.
		Map<String, Object> base = this.editor.history(conflict.kind(), conflict.key())
			.stream()
			.filter((r) -> r.source() == ChangeSource.FILE_SYNC)
			.findFirst()
			.map(RevisionEntry::fieldsAfter)
			.orElse(null);
		model.addAttribute("conflict", conflict);
		model.addAttribute("browser", browser);
		model.addAttribute("fileReadable", fileFields != null);
		if (fileFields != null) {
			MergeView view = MergeView.of(RevisionEntry.fieldNames(conflict.kind()), browserFields, fileFields, base);
			model.addAttribute("view", view);
			model.addAttribute("differences", view.differences());
		}
		return VIEW_RESOLVE;
	}

	@PostMapping("/{id}")
	String resolve(@PathVariable long id, @RequestParam long version, @RequestParam String resolution,
			@RequestParam Map<String, String> params, Principal principal, RedirectAttributes redirect, Locale locale) {
		SyncConflicts.Resolution how;
		try {
			how = SyncConflicts.Resolution.valueOf(resolution);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			this.conflicts.resolve(id, version, how, MergeView.rightPicks(params), Author.browser(principal.getName()));
			this.flash.add(redirect, locale, "kb.conflicts.resolved." + how);
			return "redirect:/instructor/conflicts";
		}
		catch (StaleEditException ex) {
			this.flash.add(redirect, locale, "kb.conflicts.stale");
		}
		catch (InvalidEditException ex) {
			this.flash.add(redirect, locale, "kb.conflicts.invalid", this.problemText.join(ex.getProblems(), locale));
		}
		return "redirect:/instructor/conflicts/" + id;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
