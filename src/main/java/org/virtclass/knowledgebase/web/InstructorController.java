package org.virtclass.knowledgebase.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.virtclass.knowledgebase.KnowledgeBaseEditor;
import org.virtclass.knowledgebase.StoredItem;
import org.virtclass.knowledgebase.SyncConflicts;
import org.virtclass.knowledgebase.ToolDocument;
import org.virtclass.knowledgebase.UnknownNames;

/**
 * The instructor's start page: the knowledge-base tools and, when that module has them,
 * accounts.
 */
@Controller
class InstructorController {

	private static final String VIEW_DASHBOARD = "knowledgebase/instructor/dashboard";

	/**
	 * The accounts module's page; the dashboard links to it once a controller serves it.
	 */
	static final String ACCOUNTS_PATH = "/instructor/accounts";

	private final KnowledgeBaseEditor editor;

	private final SyncConflicts conflicts;

	private final RequestMappingHandlerMapping mappings;

	private final UnknownNames unknownNames;

	InstructorController(KnowledgeBaseEditor editor, SyncConflicts conflicts,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			UnknownNames unknownNames) {
		this.editor = editor;
		this.conflicts = conflicts;
		this.mappings = mappings;
		this.unknownNames = unknownNames;
	}

	@GetMapping("/instructor")
	String dashboard(Model model) {
		List<StoredItem<ToolDocument>> tools = this.editor.allTools();
		long retired = tools.stream().filter(StoredItem::retired).count();
		model.addAttribute("activeTools", tools.size() - retired);
		model.addAttribute("retiredTools", retired);
		model.addAttribute("claims", this.editor.allClaims().stream().filter((c) -> !c.retired()).count());
		model.addAttribute("openConflicts", this.conflicts.openCount());
		model.addAttribute("unknownNames", this.unknownNames.list().size());
		model.addAttribute("recent", this.editor.audit(0, 6).getContent());
		model.addAttribute("accountsPath", ACCOUNTS_PATH);
		model.addAttribute("accountsAvailable", accountsAvailable());
		return VIEW_DASHBOARD;
	}

	private boolean accountsAvailable() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.anyMatch((info) -> info.getPatternValues().contains(ACCOUNTS_PATH));
	}

}
